/** Descriptions shared by the list arguments, so the same filter reads the same everywhere. */
export const REGION_CODE_DESCRIPTION =
  '行政区划代码（6 位），按前缀匹配：440000 含 44 开头的全部区划，442000 含 4420 开头的区划';
export const SEARCH_DESCRIPTION = '名称包含的文字';
export const PERIOD_DESCRIPTION = '统计期间（含起止日期）';
