/**
 * Named SQL parameters: a statement refers to `p.asOf`, and the allocator numbers the parameters
 * in the order the text first uses them, casting each to its declared type. So the pieces of a
 * statement (common table expressions, evidence, a caller's extra condition) never share a hand
 * numbering, and a statement binds only what it uses.
 */
export interface ParamValue {
  value: unknown;
  /** The PostgreSQL type the placeholder is cast to, e.g. 'date' or 'text[]'. */
  type: string;
}

export type ParamSource<N extends string> = Record<N, ParamValue>;

export class SqlParams<N extends string> {
  readonly values: unknown[] = [];
  private readonly placeholders = new Map<string, string>();
  private readonly source: Map<string, ParamValue>;

  constructor(source: ParamSource<N>) {
    this.source = new Map(Object.entries(source) as [string, ParamValue][]);
  }

  /** The placeholder of a named parameter, allocated on first use. */
  ref(name: N | string): string {
    let placeholder = this.placeholders.get(name);
    if (placeholder === undefined) {
      const parameter = this.source.get(name);
      if (!parameter) throw new Error(`unknown SQL parameter ${name}`);
      this.values.push(parameter.value);
      placeholder = `$${this.values.length}::${parameter.type}`;
      this.placeholders.set(name, placeholder);
    }
    return placeholder;
  }

  /** Declares one more parameter, bound only if some text then refers to it. */
  declare(name: string, value: unknown, type: string): this {
    if (this.source.has(name)) throw new Error(`SQL parameter ${name} declared twice`);
    this.source.set(name, { value, type });
    return this;
  }

  /** Declares one more parameter (a page's limit, one scope's id) and returns its placeholder. */
  add(name: string, value: unknown, type: string): string {
    return this.declare(name, value, type).ref(name);
  }

  /** `p.name` for `ref('name')`, so that SQL templates read like the names they use. */
  get p(): Record<N, string> {
    return new Proxy({} as Record<N, string>, { get: (_target, name) => this.ref(String(name)) });
  }
}
