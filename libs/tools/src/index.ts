// The workspace's generators (`nx g @preau/tools:<name>`), registered in ../generators.json.
export { contextGenerator, type ContextGeneratorSchema } from './generators/context/generator';
export { useCaseGenerator, type UseCaseGeneratorSchema } from './generators/use-case/generator';
