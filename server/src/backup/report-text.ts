import type { BackupManifest } from './format';
import type { BackupResult } from './write-backup';
import type { RestoreResult } from './restore-backup';

const number = (n: number) => n.toLocaleString('zh-CN');

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

function tableLines(manifest: BackupManifest): string[] {
  const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
  const filled = manifest.tables.filter((t) => t.rows > 0).map((t) => `${t.name} ${number(t.rows)}`);
  return [
    `  共 ${manifest.tables.length} 张表、${number(total)} 行（有数据的表：${filled.join('，') || '无'}）`,
    `  数据库结构：${manifest.migrations.length} 项迁移，最后一项 ${manifest.migrations[manifest.migrations.length - 1] ?? '无'}`,
  ];
}

export function formatBackupReport(result: BackupResult): string {
  return [
    `备份完成：${result.file}`,
    `  大小 ${formatSize(result.fileBytes)}，用时 ${(result.milliseconds / 1000).toFixed(1)} 秒，系统版本 ${result.manifest.hubVersion}`,
    ...tableLines(result.manifest),
    `  总校验值 ${result.manifest.checksum}`,
  ].join('\n');
}

export function formatRestoreReport(file: string, result: RestoreResult): string {
  const { manifest } = result;
  return [
    `恢复完成：${file}`,
    `  备份写于 ${new Date(manifest.createdAt).toLocaleString('zh-CN')}（系统版本 ${manifest.hubVersion}）`,
    ...tableLines(manifest),
    '  每张表的行数与校验值都已与备份清单逐一核对，一致。',
    result.laterMigrations.length > 0
      ? `  备份之后本系统新增的 ${result.laterMigrations.length} 项迁移已执行：${result.laterMigrations.join('、')}`
      : '  备份与本系统的数据库结构相同，无须再执行迁移。',
    ...(result.previousBackup ? [`  替换前的原有数据已另存为：${result.previousBackup}`] : []),
    `  用时 ${(result.milliseconds / 1000).toFixed(1)} 秒`,
  ].join('\n');
}

export function formatCheckReport(file: string, manifest: BackupManifest): string {
  return [
    `备份文件完整可用：${file}`,
    `  备份写于 ${new Date(manifest.createdAt).toLocaleString('zh-CN')}（系统版本 ${manifest.hubVersion}）`,
    ...tableLines(manifest),
    '  每张表的行数与校验值都与清单一致。',
  ].join('\n');
}
