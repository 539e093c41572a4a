import { Migration } from '@mikro-orm/migrations';

/**
 * The visit KPIs read the burden settings (repeat window W, visit cap C): a change to them must
 * bump the data version, or the figure cache would answer with the old W or C.
 */
export class Migration20261202060000_watch_burden_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`select watch_data_version('inspection_burden_setting');`);
  }
}
