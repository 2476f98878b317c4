/** The parts of frictionless-js (`datapackage`, which ships no types) the tests use. */
declare module 'datapackage' {
  interface Resource {
    readonly name: string;
    readonly headers: string[] | null;
    /** Reads every row, checking types, constraints, keys and, with `relations`, foreign keys; throws on the first failures. */
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
  const datapackage: {
    Package: { load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> };
  };
  export default datapackage;
}
