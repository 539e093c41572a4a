/** Sending files to /api/import with upload progress (fetch reports none, XMLHttpRequest does). */
import { reportSignedOut, send } from './client';
import { graphql } from './generated';
import type { BatchesQuery } from './generated/graphql';

export interface ImportIssue {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** Issues of one column and one reason, counted over every row. */
export interface IssueGroup {
  column: string | null;
  message: string;
  count: number;
}

export interface ImportReport {
  outcome: 'committed' | 'unchanged' | 'validated' | 'rejected';
  batchId: number | null;
  files: string[];
  counts: { kind: string; inserted: number; updated: number; unchanged: number }[];
  /** The first errors (at most 1,000) in file and row order; errorCount is all of them. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  errorCount: number;
  warningCount: number;
  errorGroups: IssueGroup[];
  warningGroups: IssueGroup[];
  /** More issues were found than are listed. */
  truncated: boolean;
}

export function uploadFiles(files: File[], dryRun: boolean, onProgress: (fraction: number) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', `/api/import${dryRun ? '?dryRun=1' : ''}`);
    // The server takes an upload only with the dashboard's own header: a cross-site form cannot set it.
    request.setRequestHeader('x-hub-client', 'dashboard');
    request.responseType = 'json';
    // The hub accepts writes only with this header, which another site's form cannot send.
    request.setRequestHeader('x-hub-client', 'dashboard');
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onload = () => {
      if (request.status === 200) return resolve(request.response as ImportReport);
      if (request.status === 401) reportSignedOut();
      reject(new Error((request.response as { message?: string } | null)?.message ?? `上传失败（HTTP ${request.status}）`));
    };
    request.onerror = () => reject(new Error('无法连接数据中心服务，文件未上传'));
    request.send(form);
  });
}

export type BatchRow = BatchesQuery['importBatches']['nodes'][number];

const BATCHES = graphql(`query Batches {
  importBatches(first: 20) { nodes { id createdAt source username userName fileNames counts { kind inserted updated unchanged } } } }`);

export async function fetchBatches(): Promise<BatchRow[]> {
  return (await send(BATCHES)).importBatches.nodes;
}
