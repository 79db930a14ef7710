using NsfcSeminar.Benchmarks;

// dotnet NsfcSeminar.Benchmarks.dll generate FILE [SEMINARS] [SPEECHES_PER_SEMINAR]
if (args is not ["generate", var file, ..])
{
    Console.Error.WriteLine("Usage: generate FILE [SEMINARS=10000] [SPEECHES_PER_SEMINAR=20]");
    return 2;
}

var seminars = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var speeches = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20;
await using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
{
    await new SyntheticBundle(seminars, speeches).WriteAsync(output);
}

Console.WriteLine($"Wrote {seminars:N0} seminars, {seminars * speeches:N0} speeches to {file}: {new FileInfo(file).Length:N0} bytes.");
return 0;
