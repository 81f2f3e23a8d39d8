import type { MessageId } from '../../../i18n/locales';

/**
 * An explanation of a choice ranked above the place obtained (docs/applications.md, "What an
 * explanation says"), as a message id and its values. The API types it loosely
 * (`Record<string, unknown>`): anything unexpected reads as "no explanation available".
 */
export function explanationMessage(explanation: Record<string, unknown>): { id: MessageId; values: Record<string, string | number> } {
  const number = (key: string) => (typeof explanation[key] === 'number' ? (explanation[key] as number) : null);
  switch (explanation['kind']) {
    case 'full': {
      const yourRank = number('yourRank');
      const lowest = number('lowestAdmittedRank');
      const position = number('waitlistPosition');
      if (yourRank === null || lowest === null) break;
      return {
        id: explanation['decidedBy'] === 'lottery' ? 'explanation.full.lottery' : 'explanation.full.score',
        values: { yourRank, lowest, position: position ?? 0 },
      };
    }
    case 'ineligible':
      return { id: 'explanation.ineligible', values: { rule: typeof explanation['rule'] === 'string' ? explanation['rule'] : '—' } };
    case 'not-ranked':
      return { id: 'explanation.notRanked', values: {} };
    case 'no-places':
      return { id: 'explanation.noPlaces', values: {} };
  }
  return { id: 'explanation.unknown', values: {} };
}
