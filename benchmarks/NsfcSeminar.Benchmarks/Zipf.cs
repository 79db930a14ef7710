namespace NsfcSeminar.Benchmarks;

/// <summary>Picks 0..n-1 with probability proportional to 1/(rank+1)^s: a few values are very
/// common and most are rare, as speakers and themes are in a real archive.</summary>
internal sealed class Zipf
{
    private readonly double[] _cumulative;
    private readonly Random _random;

    public Zipf(int n, double s, Random random)
    {
        _random = random;
        _cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, s);
            _cumulative[i] = sum;
        }

        for (var i = 0; i < n; i++)
        {
            _cumulative[i] /= sum;
        }
    }

    public int Next()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
