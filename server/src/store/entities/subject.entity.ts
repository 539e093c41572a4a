import { Collection, Entity, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { CreditClass, SubjectType } from '../../domain/vocabulary';
import { Department } from './department.entity';
import { ImportBatch } from './import-batch.entity';

export type SubjectCodeKind = 'USCC' | 'REGISTRATION_NUMBER' | 'OBJECT_CODE';

/** 检查对象: an entry of the registry of inspection objects. */
@Entity({ tableName: 'subject' })
export class Subject {
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Property({ type: 'string', fieldName: 'code_kind' })
  codeKind!: SubjectCodeKind;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', fieldName: 'subject_type' })
  subjectType!: SubjectType;

  @Property({ type: 'string', fieldName: 'industry_code', nullable: true })
  industryCode?: string | null;

  @Property({ type: 'string', fieldName: 'region_code' })
  regionCode!: string;

  @Property({ type: 'string', fieldName: 'credit_class', nullable: true })
  creditClass?: CreditClass | null;

  /** 入库部门: the departments whose registries hold this subject. */
  @ManyToMany(() => Department, undefined, {
    pivotTable: 'subject_registry',
    joinColumn: 'subject_code',
    inverseJoinColumn: 'department_code',
  })
  registryDepartments = new Collection<Department>(this);

  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;
}
