using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Cotakine.Benchmarks.SearchBenchmarks).Assembly).Run(args);
