import {
  useEffect,
  useLayoutEffect,
  useRef,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from "react";
import { MAP_HEIGHT, MAP_WIDTH } from "./map-geometry";
import {
  canZoomIn,
  canZoomOut,
  panBy,
  sameView,
  zoomAt,
  type MapView,
} from "./map-view";

/** Below this many pixels a press is a click (a country's marker), beyond it a drag. */
const DRAG_THRESHOLD = 4;

type Point = [number, number];

/**
 * Wheel, drag and pinch on the map's frame move `view` (the rules are `map-view.ts`'s).
 * Listeners of the element itself: the wheel one must not be passive (it stops the page
 * from scrolling while the map zooms), which React's `onWheel` cannot say. Returns whether
 * the last press became a drag, so a marker's click after it is ignored.
 */
export function useMapGestures(
  frame: RefObject<HTMLElement | null>,
  view: MapView,
  setView: Dispatch<SetStateAction<MapView>>,
): RefObject<boolean> {
  const dragged = useRef(false);
  // The wheel handler decides from the view whether to take the event (see onWheel).
  const latest = useRef(view);
  useLayoutEffect(() => {
    latest.current = view;
  }, [view]);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    /** A pointer's position in drawing units (the frame scales the 960 × 500 drawing to its width). */
    const toDrawing = (event: { clientX: number; clientY: number }): Point => {
      const box = element.getBoundingClientRect();
      return [
        ((event.clientX - box.left) * MAP_WIDTH) / box.width,
        ((event.clientY - box.top) * MAP_HEIGHT) / box.height,
      ];
    };
    const update = (next: (view: MapView) => MapView) =>
      setView((view) => {
        const moved = next(view);
        return sameView(moved, view) ? view : moved;
      });

    const onWheel = (event: WheelEvent) => {
      // A line of scrolling (Firefox's mouse wheel) is worth about 40 pixels.
      const pixels = event.deltaY * (event.deltaMode === 1 ? 40 : 1);
      const factor = Math.exp(-pixels * 0.002);
      // At the whole map, scrolling down scrolls the page as usual; the map only takes the wheel when it can zoom.
      const view = latest.current;
      if ((factor < 1 && !canZoomOut(view)) || (factor > 1 && !canZoomIn(view)))
        return;
      event.preventDefault();
      const around = toDrawing(event);
      update((v) => zoomAt(v, factor, around));
    };

    const pointers = new Map<number, Point>();
    let start: Point | undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 && event.pointerType === "mouse") return;
      pointers.set(event.pointerId, toDrawing(event));
      if (pointers.size === 1) {
        start = [event.clientX, event.clientY];
        dragged.current = false;
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      const before = pointers.get(event.pointerId);
      if (!before) return;
      const now = toDrawing(event);
      if (
        !dragged.current &&
        start &&
        Math.hypot(event.clientX - start[0], event.clientY - start[1]) <
          DRAG_THRESHOLD &&
        pointers.size === 1
      )
        return;
      if (!dragged.current) {
        dragged.current = true;
        element.setPointerCapture?.(event.pointerId);
      }
      if (pointers.size === 1) {
        update((v) => panBy(v, now[0] - before[0], now[1] - before[1]));
      } else {
        // Pinch: the two fingers' distance zooms, their middle pans.
        const other = [...pointers.entries()].find(
          ([id]) => id !== event.pointerId,
        )?.[1];
        if (other) {
          const factor =
            Math.hypot(now[0] - other[0], now[1] - other[1]) /
            Math.max(1, Math.hypot(before[0] - other[0], before[1] - other[1]));
          const middleBefore: Point = [
            (before[0] + other[0]) / 2,
            (before[1] + other[1]) / 2,
          ];
          const middleNow: Point = [
            (now[0] + other[0]) / 2,
            (now[1] + other[1]) / 2,
          ];
          update((v) =>
            panBy(
              zoomAt(v, factor, middleBefore),
              middleNow[0] - middleBefore[0],
              middleNow[1] - middleBefore[1],
            ),
          );
        }
      }
      pointers.set(event.pointerId, now);
    };
    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 0) start = undefined;
    };

    element.addEventListener("wheel", onWheel, { passive: false });
    element.addEventListener("pointerdown", onPointerDown);
    element.addEventListener("pointermove", onPointerMove);
    element.addEventListener("pointerup", onPointerUp);
    element.addEventListener("pointercancel", onPointerUp);
    return () => {
      element.removeEventListener("wheel", onWheel);
      element.removeEventListener("pointerdown", onPointerDown);
      element.removeEventListener("pointermove", onPointerMove);
      element.removeEventListener("pointerup", onPointerUp);
      element.removeEventListener("pointercancel", onPointerUp);
    };
  }, [frame, setView]);
  return dragged;
}
