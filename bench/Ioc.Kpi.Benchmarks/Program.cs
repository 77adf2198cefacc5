using Ioc.Kpi.Benchmarks;

// KPI and report timings on PostgreSQL (docs/BENCHMARKS.md "KPIs and reports"); bench/kpi.sh runs them.
//   generate <days> <casesPerDay>   the simulator's replay of <days> days through the real projection (bulk writer,
//                                   daily roll-ups in the same transactions) into IOC_BENCH_DATABASE
//   replicate <copies> <days>       adds <copies> copies of the generated cases and roll-ups, each shifted <days> days
//                                   earlier (to reach two years of a large province when generating all of it is too slow)
//   measure                         every query of the KPI page for today/month/quarter/year and the yearly report
return args switch
{
    ["generate", var days, var perDay] => await KpiBench.GenerateAsync(int.Parse(days), double.Parse(perDay, System.Globalization.CultureInfo.InvariantCulture)),
    ["replicate", var copies, var days] => await KpiBench.ReplicateAsync(int.Parse(copies), int.Parse(days)),
    ["measure"] => await KpiBench.MeasureAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate <days> <casesPerDay> | replicate <copies> <days> | measure   (IOC_BENCH_DATABASE = Npgsql connection string)");
    return 2;
}
