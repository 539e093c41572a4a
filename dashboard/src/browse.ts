/**
 * A filtered, paged list whose filters live in the address: the query's values, a setter that
 * writes them there, and the current page fetched again whenever they change.
 */
import { computed, ref, watch, type ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { Connection } from './api/records';
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
  watch(filter, () => { pages.reset(); show(); }, { immediate: true, deep: true });

  const set = (name: string, value: string) => router.push({ query: { ...route.query, [name]: value || undefined } });
  const next = () => { pages.forward(result.value!.pageInfo.endCursor); show(); };
  const back = () => { pages.back(); show(); };
  return { q, set, result, error, busy, page: pages.page, next, back, size };
}
