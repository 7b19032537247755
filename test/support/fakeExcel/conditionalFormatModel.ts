/** Conditional formats of type containsText (ExcelApi 1.6): the digest's text rules (RAG and direction words). */
import {
  areaOf,
  color,
  type Handle,
  type ModelContext,
  oneOf,
  ruleOf,
  sheetOf,
  type TypeTable,
} from './objectTypes';
import { invalidArgument } from './hostError';

const OPERATORS = ['Contains', 'NotContains', 'BeginsWith', 'EndsWith'] as const;

export function conditionalFormatTypes(_ctx: ModelContext): TypeTable {
  const rulesOn = (h: Handle) => {
    const g = areaOf(h);
    return sheetOf(h).textRules.filter(
      (r) => r.area.r0 <= g.r1 && r.area.r1 >= g.r0 && r.area.c0 <= g.c1 && r.area.c1 >= g.c0,
    );
  };
  return {
    ConditionalFormatCollection: {
      items: (h) => rulesOn(h).map((rule) => ({ t: 'ConditionalFormat', sheet: sheetOf(h), rule })),
      methods: {
        GetCount: (h) => rulesOn(h).length,
        /** Only the containsText type is modelled; Excel has others (cellValue, colorScale, …). */
        Add: (h, [type]) => {
          if (oneOf(['ContainsText'] as const, type) !== 'ContainsText') throw invalidArgument(String(type));
          const rule = { area: areaOf(h), operator: 'Contains', text: '', fill: null, fontColor: null };
          sheetOf(h).textRules.push(rule);
          return { t: 'ConditionalFormat', sheet: sheetOf(h), rule };
        },
        ClearAll: (h) => {
          const gone = new Set(rulesOn(h));
          sheetOf(h).textRules = sheetOf(h).textRules.filter((r) => !gone.has(r));
        },
      },
    },
    ConditionalFormat: {
      props: { Type: { get: () => 'ContainsText' } },
      nav: { TextComparison: (h) => ({ ...h, t: 'TextConditionalFormat' }) },
    },
    TextConditionalFormat: {
      props: {
        Rule: {
          get: (h) => ({ operator: ruleOf(h).operator, text: ruleOf(h).text }),
          set: (h, v) => {
            const { operator, text } = (v ?? {}) as { operator?: unknown; text?: unknown };
            if (typeof text !== 'string' || text === '') throw invalidArgument('rule text');
            ruleOf(h).operator = oneOf(OPERATORS, operator);
            ruleOf(h).text = text;
          },
        },
      },
      nav: { Format: (h) => ({ ...h, t: 'ConditionalRangeFormat' }) },
    },
    ConditionalRangeFormat: {
      nav: {
        Fill: (h) => ({ ...h, t: 'ConditionalRangeFill' }),
        Font: (h) => ({ ...h, t: 'ConditionalRangeFont' }),
      },
    },
    ConditionalRangeFill: {
      props: { Color: { get: (h) => ruleOf(h).fill, set: (h, v) => void (ruleOf(h).fill = color(v)) } },
    },
    ConditionalRangeFont: {
      props: {
        Color: { get: (h) => ruleOf(h).fontColor, set: (h, v) => void (ruleOf(h).fontColor = color(v)) },
      },
    },
  };
}
