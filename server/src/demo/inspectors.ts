import { iso, ymd, type Day } from './dates';
import { DEPARTMENTS, departmentNumber } from './departments';
import { GIVEN_CHARS, SURNAMES } from './industries';
import type { Rng } from './random';

export interface Inspector {
  certificate: string;
  name: string;
  departmentCode: string;
  validUntil: Day;
  specialty: string;
}

/**
 * The inspector registry. Most departments have entered 88–99% of the staff they report as certified, so the
 * 入库率 the office chases is below target; about one certificate in ten has expired without renewal.
 */
export function generateInspectors(rng: Rng): Inspector[] {
  const inspectors: Inspector[] = [];
  const names = new Set<string>();
  for (const department of DEPARTMENTS) {
    const share = rng.chance(0.4) ? 1 : rng.float(0.88, 0.99);
    const count = Math.max(1, Math.min(department.certified, Math.round(department.certified * share)));
    for (let i = 1; i <= count; i++) {
      let name: string;
      do {
        const given = rng.chance(0.7) ? rng.sample(GIVEN_CHARS, 2).join('') : rng.pick(GIVEN_CHARS);
        name = rng.pick(SURNAMES) + given;
      } while (names.has(name));
      names.add(name);
      const expired = rng.chance(0.1);
      const validUntil = expired
        ? ymd(2025, 3, 1) + rng.int(0, 600)
        : ymd(rng.int(2027, 2030), rng.int(1, 12), rng.int(1, 28));
      const specialtyCount = rng.weighted([[0, 1], [1, 7], [2, 2]] as const);
      inspectors.push({
        certificate: `411422${departmentNumber(department.code)}${String(i).padStart(3, '0')}`,
        name,
        departmentCode: department.code,
        validUntil,
        specialty: rng.sample(department.specialties, specialtyCount).join(';'),
      });
    }
  }
  return inspectors;
}

export function inspectorRow(inspector: Inspector): (string | number)[] {
  return [inspector.certificate, inspector.name, inspector.departmentCode, iso(inspector.validUntil), inspector.specialty];
}
