import { ActionIcon, Group, Text } from "@mantine/core";
import { useT } from "../../../i18n/locale-provider";
import type { MessageId } from "../../../i18n/locales";
import {
  canZoomIn,
  canZoomOut,
  type MapCommand,
  type MapView,
} from "./map-view";

/** The buttons, with the glyph each shows (no icon library in the console: characters every font has). */
const BUTTONS: Array<{ command: MapCommand; glyph: string; label: MessageId }> =
  [
    { command: "zoomIn", glyph: "+", label: "map.zoomIn" },
    { command: "zoomOut", glyph: "−", label: "map.zoomOut" },
    { command: "reset", glyph: "⤢", label: "map.zoomReset" },
    { command: "west", glyph: "←", label: "map.panWest" },
    { command: "north", glyph: "↑", label: "map.panNorth" },
    { command: "south", glyph: "↓", label: "map.panSouth" },
    { command: "east", glyph: "→", label: "map.panEast" },
  ];

/**
 * Zoom and pan by buttons: the way to move the map without a wheel, a pinch or a drag (a
 * keyboard, a switch, a screen reader). The focused map also answers to the arrow keys,
 * + and −, and 0 (`commandForKey`). The zoom is said in words for screen readers.
 */
export function MapControls({
  view,
  onCommand,
  focusNote,
}: {
  view: MapView;
  onCommand(command: MapCommand): void;
  focusNote: string | undefined;
}) {
  const t = useT();
  // At the whole map there is nothing to zoom out to, reset, or pan over.
  const enabled = (command: MapCommand) =>
    command === "zoomIn" ? canZoomIn(view) : canZoomOut(view);
  return (
    <Group gap="xs" wrap="wrap" justify="space-between">
      <Group gap={4} role="group" aria-label={t("map.controls")} wrap="nowrap">
        {BUTTONS.map((button) => (
          <ActionIcon
            key={button.command}
            variant="default"
            size="lg"
            aria-label={t(button.label)}
            title={t(button.label)}
            disabled={!enabled(button.command)}
            onClick={() => onCommand(button.command)}
            data-command={button.command}
          >
            <span aria-hidden style={{ fontSize: 18, lineHeight: 1 }}>
              {button.glyph}
            </span>
          </ActionIcon>
        ))}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="map-zoom">
        {t("map.zoomLevel", { zoom: Math.round(view.k * 10) / 10 })}
        {focusNote ? ` · ${focusNote}` : ""}
      </Text>
    </Group>
  );
}
