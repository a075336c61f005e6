using System.Collections.Concurrent;

using Kawasaki.Tabunka.Staff.Audit;

namespace Kawasaki.Tabunka.Staff.Accounts;

/// <summary>
/// Slows down guessing at the sign-in form: after a few failed sign-ins for one account, or
/// more from one client address (an office behind one address has many people who mistype),
/// each further attempt waits longer (1, 2, 4... seconds, at most <see cref="MaxDelay"/>),
/// until <see cref="Window"/> passes without a failure. Unlike
/// a hard lock-out, nobody outside can shut a colleague out of their account: the account
/// holder waits seconds, not fifteen minutes. Kept in memory per node: a restart forgets it.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>Failures for one account allowed before its attempts are slowed down.</summary>
    public const int FreeFailures = 3;

    /// <summary>Failures from one address allowed before its attempts are slowed down.</summary>
    public const int FreeFailuresPerAddress = 10;

    /// <summary>Keys remembered at most; the oldest go first, so a flood of addresses cannot grow memory without end.</summary>
    public const int MaxKeys = 10_000;

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Last)> _failures = new(StringComparer.Ordinal);

    /// <summary>How long an attempt from <paramref name="clientAddress"/> for <paramref name="account"/> must wait before it is checked.</summary>
    public TimeSpan DelayFor(string? clientAddress, string account)
    {
        var excess = Math.Max(Count(AddressKey(clientAddress)) - FreeFailuresPerAddress, Count(AccountKey(account)) - FreeFailures);
        if (excess <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(excess - 1, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
    }

    public void Failed(string? clientAddress, string account)
    {
        var now = time.GetUtcNow();
        foreach (var key in new[] { AddressKey(clientAddress), AccountKey(account) })
        {
            _failures.AddOrUpdate(key, (1, now), (_, old) => (now - old.Last > Window ? 1 : old.Failures + 1, now));
        }

        if (_failures.Count > MaxKeys)
        {
            foreach (var stale in _failures.OrderBy(kv => kv.Value.Last).Take(_failures.Count - MaxKeys).Select(kv => kv.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }
    }

    /// <summary>A successful sign-in clears the account's count (the address keeps its own: one address may guess at many accounts).</summary>
    public void Succeeded(string account) => _failures.TryRemove(AccountKey(account), out _);

    private int Count(string key) =>
        _failures.TryGetValue(key, out var entry) && time.GetUtcNow() - entry.Last <= Window ? entry.Failures : 0;

    private static string AddressKey(string? address) => "ip:" + (address ?? "unknown");

    private static string AccountKey(string account) => "account:" + AuditLog.Bound(account.Trim().ToUpperInvariant(), AuditLog.MaxActor);
}
