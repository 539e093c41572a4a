/**
 * KPI placeholders ({{数值:…}}) name a KPI by its key where they are stored (templates, drafts) and
 * by its Chinese name where the office reads and writes them (the editor), so that renaming a KPI
 * in the catalogue never breaks stored words. Both forms are accepted wherever words come in.
 */
import { KPI_DEFINITIONS, type KpiDefinition } from '../metrics/definitions';

export const PLACEHOLDER = /\{\{([^}]*)\}\}/g;
export const KPI_PARTS = ['数值', '分子', '分母', '目标', '环比', '同比'] as const;

const byName = new Map(KPI_DEFINITIONS.map((d) => [d.name, d]));
const byKey = new Map(KPI_DEFINITIONS.map((d) => [d.key, d]));

/** The KPI a placeholder's name part refers to, by Chinese name or by key. */
export function placeholderKpi(name: string): KpiDefinition | undefined {
  return byName.get(name) ?? byKey.get(name);
}

function rewrite(paragraphs: readonly string[], to: (kpi: KpiDefinition) => string): string[] {
  return paragraphs.map((text) => text.replace(PLACEHOLDER, (whole, inner: string) => {
    const [part, name, ...rest] = inner.split(':');
    const kpi = name !== undefined && rest.length === 0 && (KPI_PARTS as readonly string[]).includes(part) ? placeholderKpi(name) : undefined;
    return kpi ? `{{${part}:${to(kpi)}}}` : whole;
  }));
}

/** As stored: KPIs by key. */
export const placeholdersByKey = (paragraphs: readonly string[]) => rewrite(paragraphs, (k) => k.key);

/** As the office edits them: KPIs by Chinese name. */
export const placeholdersByName = (paragraphs: readonly string[]) => rewrite(paragraphs, (k) => k.name);

/** `{{part:key}}` for the hub's own default words. */
export const placeholder = (part: (typeof KPI_PARTS)[number], key: string) => `{{${part}:${key}}}`;
