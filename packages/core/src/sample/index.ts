// Deterministic sample data for tests, benchmarks, examples and demos.
export {
  generateSampleData,
  type SampleData,
  type SampleDataOptions,
} from './generateSampleData.js'
