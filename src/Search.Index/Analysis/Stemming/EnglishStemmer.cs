namespace Search.Index.Analysis.Stemming;

/// <summary>
/// The Snowball English stemmer (Porter2), from the algorithm's description on the Snowball site, including
/// its exceptional forms and the prefixes (gener-, commun-, arsen-, past-, univers-, later-, emerg-, organ-)
/// whose R1 starts after them.
/// </summary>
public sealed class EnglishStemmer : IStemmer
{
    static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["hying"] = "hie", ["vying"] = "vie",
        ["evening"] = "evening", ["evenings"] = "evening", ["paste"] = "paste", ["pasted"] = "paste", ["pasting"] = "paste", ["pastes"] = "paste",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    static readonly HashSet<string> AfterStep1a = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    static readonly string[] R1Prefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    public string Stem(string word)
    {
        if (word.Length < 3 || word.Length > 64) return word;
        foreach (var c in word) if (c > 'z' || (c < 'a' && c != '\'')) return word; // only plain English words are stemmed
        if (Exceptions.TryGetValue(word, out var exception)) return exception;

        var w = new Word(word[0] == '\'' ? word[1..] : word);
        if (w.Length == 0) return "";
        w.MarkConsonantY();
        int r1 = w.R1(R1Prefixes), r2 = w.R2(r1);

        Step0(ref w);
        Step1a(ref w);
        var afterStep1a = w.ToString();
        if (AfterStep1a.Contains(afterStep1a) || Exceptions.ContainsKey(afterStep1a)) return afterStep1a.Replace('Y', 'y');
        Step1b(ref w, r1);
        Step1c(ref w);
        Step2(ref w, r1);
        Step3(ref w, r1, r2);
        Step4(ref w, r2);
        Step5(ref w, r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    static void Step0(ref Word w)
    {
        if (w.EndsWith("'s'")) w.Cut(3);
        else if (w.EndsWith("'s")) w.Cut(2);
        else if (w.EndsWith("'")) w.Cut(1);
    }

    static void Step1a(ref Word w)
    {
        if (w.EndsWith("sses")) { w.Cut(2); return; }
        if (w.EndsWith("ied") || w.EndsWith("ies")) { w.Cut(w.Length > 4 ? 2 : 1); return; }
        if (w.EndsWith("us") || w.EndsWith("ss")) return;
        if (w.EndsWith("s") && w.HasVowelBefore(w.Length - 2)) w.Cut(1);
    }

    static void Step1b(ref Word w, int r1)
    {
        foreach (var suffix in new[] { "eedly", "eed" })
        {
            if (!w.EndsWith(suffix)) continue;
            if (w.Length - suffix.Length >= r1) w.Cut(suffix.Length - 2);
            return;
        }
        foreach (var suffix in new[] { "ingly", "edly", "ing", "ed" })
        {
            if (!w.EndsWith(suffix)) continue;
            if (!w.HasVowelBefore(w.Length - suffix.Length)) return;
            w.Cut(suffix.Length);
            if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz")) w.Append('e');
            else if (w.EndsWithDouble() && !(w.Length == 3 && w[0] is 'a' or 'e' or 'o')) w.Cut(1); // hopp -> hop, but add, err, inn stay
            else if (w.IsShort(r1)) w.Append('e');
            return;
        }
    }

    static void Step1c(ref Word w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2])) w[^1] = 'i';
    }

    static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("ogist", "og"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"),
        ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"),
        ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    static void Step2(ref Word w, int r1)
    {
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!w.EndsWith(suffix)) continue;
            int start = w.Length - suffix.Length;
            if (start < r1) return;
            if (suffix == "ogi" && (start == 0 || w[start - 1] != 'l')) return;
            if (suffix == "li" && (start == 0 || !"cdeghkmnrt".Contains(w[start - 1]))) return;
            w.Replace(suffix.Length, replacement);
            return;
        }
    }

    static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    static void Step3(ref Word w, int r1, int r2)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!w.EndsWith(suffix)) continue;
            int start = w.Length - suffix.Length;
            if (start < r1 || (suffix == "ative" && start < r2)) return;
            w.Replace(suffix.Length, replacement);
            return;
        }
    }

    static readonly string[] Step4Suffixes = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];

    static void Step4(ref Word w, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!w.EndsWith(suffix)) continue;
            int start = w.Length - suffix.Length;
            if (start < r2) return;
            if (suffix == "ion" && (start == 0 || w[start - 1] is not ('s' or 't'))) return;
            w.Cut(suffix.Length);
            return;
        }
    }

    static void Step5(ref Word w, int r1, int r2)
    {
        int last = w.Length - 1;
        if (w[last] == 'e')
        {
            if (last >= r2 || (last >= r1 && !w.EndsWithShortSyllable(last - 1))) w.Cut(1);
        }
        else if (w[last] == 'l' && last >= r2 && last > 0 && w[last - 1] == 'l')
        {
            w.Cut(1);
        }
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A word being stemmed: a small char buffer cut and extended at its end.</summary>
    ref struct Word
    {
        char[] _chars;
        public int Length { get; private set; }

        public Word(string word)
        {
            _chars = new char[word.Length + 4];
            word.CopyTo(_chars);
            Length = word.Length;
        }

        public char this[System.Index i] { get => _chars[i.GetOffset(Length)]; set => _chars[i.GetOffset(Length)] = value; }

        public readonly bool EndsWith(string suffix) => _chars.AsSpan(0, Length).EndsWith(suffix);
        public void Cut(int n) => Length -= n;
        public void Append(char c) { if (Length == _chars.Length) Array.Resize(ref _chars, Length * 2); _chars[Length++] = c; }
        public void Replace(int cut, string with) { Length -= cut; foreach (var c in with) Append(c); }
        public override readonly string ToString() => new(_chars, 0, Length);

        /// <summary>Initial y, and y after a vowel, are consonants: they are written Y until the end.</summary>
        public void MarkConsonantY()
        {
            if (Length > 0 && _chars[0] == 'y') _chars[0] = 'Y';
            for (int i = 1; i < Length; i++) if (_chars[i] == 'y' && IsVowel(_chars[i - 1])) _chars[i] = 'Y';
        }

        public readonly int R1(string[] prefixes)
        {
            var span = _chars.AsSpan(0, Length);
            foreach (var p in prefixes) if (span.StartsWith(p)) return p.Length;
            return RegionAfter(0);
        }

        public readonly int R2(int r1) => RegionAfter(r1);

        readonly int RegionAfter(int from)
        {
            for (int i = from + 1; i < Length; i++)
                if (!IsVowel(_chars[i]) && IsVowel(_chars[i - 1])) return i + 1;
            return Length;
        }

        public readonly bool HasVowelBefore(int end)
        {
            for (int i = 0; i < end; i++) if (IsVowel(_chars[i])) return true;
            return false;
        }

        public readonly bool EndsWithDouble() =>
            Length >= 2 && _chars[Length - 1] == _chars[Length - 2] && _chars[Length - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

        /// <summary>A short syllable ends at <paramref name="last"/>: consonant-vowel-consonant (not w, x, Y), or vowel-consonant at the start.</summary>
        public readonly bool EndsWithShortSyllable(int last)
        {
            if (last == 1) return IsVowel(_chars[0]) && !IsVowel(_chars[1]);
            if (last < 2) return false;
            char c = _chars[last], v = _chars[last - 1], b = _chars[last - 2];
            return !IsVowel(c) && c is not ('w' or 'x' or 'Y') && IsVowel(v) && !IsVowel(b);
        }

        public readonly bool IsShort(int r1) => r1 >= Length && EndsWithShortSyllable(Length - 1);
    }
}
