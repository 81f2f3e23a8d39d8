import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useT } from '../../i18n/locale-provider';

export interface ProgramFill {
  program: string;
  member: number;
  partner: number;
}

/**
 * Places filled per program and side, as bars. Its own module, loaded only on the matching
 * page (`React.lazy`): Recharts is heavy and the directory must not carry it. The figures
 * are also in the list beside it, which screen readers and keyboards use (the chart is hidden from them).
 */
export default function FillChart({ fills }: { fills: ProgramFill[] }) {
  const t = useT();
  return (
    // Recharts makes its surface focusable for its own keyboard layer; inert keeps the
    // hidden chart out of the keyboard's way too (the list beside it is the accessible form).
    <div aria-hidden="true" inert>
      <BarChart
        h={Math.max(160, 60 + fills.length * 48)}
        data={fills}
        dataKey="program"
        orientation="vertical"
        yAxisProps={{ width: 140 }}
        // Places are whole: no 0.25 ticks.
        xAxisProps={{ allowDecimals: false }}
        withLegend
        series={[
          { name: 'member', label: t('staffMatching.side.member'), color: 'blue.6' },
          { name: 'partner', label: t('staffMatching.side.partner'), color: 'teal.6' },
        ]}
      />
    </div>
  );
}
