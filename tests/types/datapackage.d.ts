// The few parts of frictionless-js (npm `datapackage`, which ships no types)
// that the independent release validation uses.
declare module "datapackage" {
  export interface Resource {
    name: string;
    descriptor: { path: string; bytes?: number; hash?: string };
    read(options: { cast: boolean; relations: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string, options: { basePath: string }): Promise<Package>;
    errors: Error[];
    resources: Resource[];
  }
}
