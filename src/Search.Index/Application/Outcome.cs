namespace Search.Index.Application;

/// <summary>Why a use case gave no answer: the request was wrong, what it names is not held, or a part it needs is down.</summary>
public enum FailureKind { Invalid, NotFound, Unavailable }

/// <summary>What went wrong; for a bad parameter also which one and the rule it broke, so a shell can name the parameter its own way.</summary>
public sealed record Failure(FailureKind Kind, string Message, string? Parameter = null, string? Rule = null);

/// <summary>A use case's answer, or the reason there is none; every shell maps the kinds to its own (status codes, exit codes).</summary>
public readonly record struct Outcome<T>(T? Value, Failure? Failure)
{
    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}

public static class Fail
{
    public static Failure Invalid(string message) => new(FailureKind.Invalid, message);
    public static Failure Invalid(string parameter, string rule) => new(FailureKind.Invalid, $"{parameter} {rule}", parameter, rule);
    public static Failure NotFound(string message) => new(FailureKind.NotFound, message);
    public static Failure Unavailable(string message) => new(FailureKind.Unavailable, message);
}

public static class OutcomeMapping
{
    /// <summary>The answer changed by <paramref name="map"/>, or the same failure.</summary>
    public static Outcome<TOut> Map<TIn, TOut>(this Outcome<TIn> outcome, Func<TIn, TOut> map) =>
        outcome.Failure is { } failure ? failure : map(outcome.Value!);
}
