using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Index.Analysis.Analyzers;

/// <summary>
/// What a language's filters make of each word the tokenizer gives: its term, or nothing (a stop word, a word
/// whose stem is empty), and how far its offsets move (an elision, a possessive). Every filter of the chains
/// looks at one word at a time and nothing else, so a word always comes out the same: the answer is worked out
/// once by the filters themselves and remembered. At a million paragraphs the same few tens of thousands of
/// words come back hundreds of millions of times, and one look-up replaces lower-casing, the stop list, the
/// language filter and the stemmer's cache. Shared by every thread's chain of the language; bounded.
/// </summary>
public sealed class RememberedWords(int capacity = 400_000)
{
    readonly ConcurrentDictionary<string, WordOutcome> _outcomes = new(StringComparer.Ordinal);

    public WordOutcome? Find(ReadOnlySpan<char> word) =>
        _outcomes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var outcome) ? outcome : null;

    public void Remember(WordOutcome outcome)
    {
        if (_outcomes.Count < capacity) _outcomes.TryAdd(outcome.Word, outcome);
    }
}

/// <summary>
/// A word, its term after the filters (null: removed, its position left as a gap) and the shifts of its offsets.
/// </summary>
public sealed record WordOutcome(string Word, string? Term, int StartShift, int EndShift);

/// <summary>
/// The filters of a chain applied to each word of the tokenizer through <see cref="RememberedWords"/>: a word
/// seen before is looked up, a new one is run through the filters (one word at a time, in a chain of their own)
/// and remembered. Removed words leave position gaps exactly as Lucene's filtering filters do. Each chain (one a
/// thread) looks first in its own <see cref="RecentWords"/>, where the frequent words are found without leaving
/// the core's cache.
/// </summary>
public sealed class RememberingFilter : TokenFilter
{
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;
    readonly IPositionIncrementAttribute _increment;
    readonly RememberedWords _words;
    readonly OneWordTokenizer _oneWord;
    readonly TokenStream _filters;
    readonly ICharTermAttribute _filteredTerm;
    readonly IOffsetAttribute _filteredOffset;
    readonly IPositionIncrementAttribute _filteredIncrement;
    readonly RecentWords _recent;
    int _skippedAtEnd;

    public RememberingFilter(Tokenizer input, RememberedWords words, Func<TokenStream, TokenStream> filters, bool indexing = false) : base(input)
    {
        _recent = new RecentWords(indexing);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _words = words;
        _oneWord = new OneWordTokenizer();
        _filters = filters(_oneWord);
        _filteredTerm = _filters.AddAttribute<ICharTermAttribute>();
        _filteredOffset = _filters.AddAttribute<IOffsetAttribute>();
        _filteredIncrement = _filters.AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        int skipped = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (_recent.TryFind(word, out var recentTerm, out int termLength, out int startShift, out int endShift))
            {
                if (termLength >= 0)
                {
                    recentTerm.CopyTo(_term.ResizeBuffer(termLength));
                    _term.Length = termLength;
                }
            }
            else
            {
                var outcome = _words.Find(word) ?? Filter(word);
                _recent.Add(word, outcome.Term, outcome.StartShift, outcome.EndShift);
                termLength = outcome.Term?.Length ?? -1;
                startShift = outcome.StartShift;
                endShift = outcome.EndShift;
                if (termLength >= 0) _term.SetEmpty().Append(outcome.Term);
            }
            if (termLength < 0)
            {
                skipped += _increment.PositionIncrement;
                continue;
            }
            if (startShift != 0 || endShift != 0)
                _offset.SetOffset(_offset.StartOffset + startShift, _offset.EndOffset + endShift);
            _increment.PositionIncrement += skipped;
            return true;
        }
        _skippedAtEnd = skipped;
        return false;
    }

    /// <summary>
    /// The word through the filters, alone, with offsets 0 to its length; then remembered. The filters' chain is
    /// closed however the run ends: a filter that throws must not leave it unusable for the next word.
    /// </summary>
    WordOutcome Filter(ReadOnlySpan<char> word)
    {
        _oneWord.Set(word);
        _oneWord.SetReader(TextReader.Null);
        var text = new string(word);
        WordOutcome outcome = new(text, null, 0, 0);
        try
        {
            _filters.Reset();
            if (_filters.IncrementToken())
            {
                if (_filteredIncrement.PositionIncrement != 1 || _filters.IncrementToken())
                    throw new InvalidOperationException("the filters after the tokenizer must give at most one term a word, at its position");
                outcome = new WordOutcome(text, _filteredTerm.ToString(), _filteredOffset.StartOffset, _filteredOffset.EndOffset - word.Length);
            }
            _filters.End();
        }
        finally
        {
            _filters.Dispose();
        }
        _words.Remember(outcome);
        return outcome;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skippedAtEnd;
    }

    public override void Reset()
    {
        base.Reset();
        _skippedAtEnd = 0;
    }

    /// <summary>A tokenizer that gives one word, set before each run.</summary>
    sealed class OneWordTokenizer : Tokenizer
    {
        readonly ICharTermAttribute _term;
        readonly IOffsetAttribute _offset;
        char[] _word = new char[64];
        int _length;
        bool _given;

        public OneWordTokenizer() : base(TextReader.Null)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void Set(ReadOnlySpan<char> word)
        {
            if (word.Length > _word.Length) _word = new char[word.Length];
            word.CopyTo(_word);
            _length = word.Length;
        }

        public override bool IncrementToken()
        {
            if (_given) return false;
            ClearAttributes();
            _term.CopyBuffer(_word, 0, _length);
            _offset.SetOffset(0, _length);
            _given = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _given = false;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_length, _length);
        }
    }
}
