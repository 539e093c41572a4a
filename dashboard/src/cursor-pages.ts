/** Walking cursor pages forwards and back: the cursors seen so far, the current page's number. */
import { ref } from 'vue';

export function useCursorPages() {
  const cursors = ref<(string | null)[]>([null]);
  return {
    cursors,
    page: () => cursors.value.length,
    current: () => cursors.value[cursors.value.length - 1],
    reset: () => { cursors.value = [null]; },
    forward: (cursor: string | null) => { cursors.value.push(cursor); },
    back: () => { if (cursors.value.length > 1) cursors.value.pop(); },
  };
}
