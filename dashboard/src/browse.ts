/**
 * A filtered, paged list whose filters live in the address: the query's values, a setter that
 * writes them there, and the current page fetched again whenever they change. The cut-off (asOf)
 * is settled in the address first, as on the cockpit: for a chosen period its default cut-off, else today.
 */
import { computed, ref, watch, type ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { Connection } from './api/records';
import { ensureAsOf } from './cut-off';
import { useCursorPages } from './cursor-pages';

export function useBrowse<F, T>(toFilter: (q: (name: string) => string) => F, fetch: (filter: F, first: number, after: string | null) => Promise<Connection<T>>, size = 50) {
  const route = useRoute();
  const router = useRouter();
  const q = (name: string) => (typeof route.query[name] === 'string' ? (route.query[name] as string) : '');
  const filter: ComputedRef<F> = computed(() => toFilter(q));
  const result = ref<Connection<T> | null>(null);
  const error = ref('');
  const busy = ref(false);
  const pages = useCursorPages();

  async function show() {
    busy.value = true;
    error.value = '';
    try {
      result.value = (await fetch(filter.value, size, pages.current())) as never;
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      busy.value = false;
    }
  }
  const period = () => (q('from') && q('to') && q('from') <= q('to') ? { from: q('from'), to: q('to') } : null);
  watch(filter, async () => {
    if (!await ensureAsOf(router, route.query, period())) return;
    pages.reset();
    await show();
  }, { immediate: true, deep: true });

  // Another period opens at its own default cut-off, as on the cockpit.
  const set = (name: string, value: string) => router.push({
    query: { ...route.query, ...(name === 'from' || name === 'to' ? { asOf: undefined } : {}), [name]: value || undefined },
  });
  const next = () => { pages.forward(result.value!.pageInfo.endCursor); show(); };
  const back = () => { pages.back(); show(); };
  return { q, set, result, error, busy, page: pages.page, next, back, size };
}
