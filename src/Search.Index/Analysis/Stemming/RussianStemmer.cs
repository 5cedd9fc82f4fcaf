namespace Search.Index.Analysis.Stemming;

/// <summary>
/// The Snowball Russian stemmer, from the algorithm's description on the Snowball site: endings are removed
/// within RV (after the first vowel), derivational endings within R2, ё read as е.
/// </summary>
public sealed class RussianStemmer : IStemmer
{
    const string Vowels = "аеиоуыэюя";

    static readonly string[] PerfectiveGerund1 = ["в", "вши", "вшись"];
    static readonly string[] PerfectiveGerund2 = ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"];
    static readonly string[] Adjective = ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"];
    static readonly string[] Participle1 = ["ем", "нн", "вш", "ющ", "щ"];
    static readonly string[] Participle2 = ["ивш", "ывш", "ующ"];
    static readonly string[] Reflexive = ["ся", "сь"];
    static readonly string[] Verb1 = ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"];
    static readonly string[] Verb2 = ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"];
    static readonly string[] Noun = ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"];
    static readonly string[] Derivational = ["ост", "ость"];

    public string Stem(string word)
    {
        if (word.Length < 2 || word.Length > 64) return word;
        foreach (var c in word) if (c is < 'а' or > 'я' and not 'ё') return word; // only lower-case Cyrillic words are stemmed

        var w = new Word(word.Replace('ё', 'е'));
        int rv = w.RegionAfterFirstVowel();
        int r2 = w.R2();
        if (rv >= w.Length) return w.ToString();

        // Step 1
        if (!RemoveWithPrecedingAOrYa(ref w, rv, PerfectiveGerund1, PerfectiveGerund2))
        {
            w.RemoveLongest(rv, Reflexive);
            if (!RemoveAdjectival(ref w, rv)
                && !RemoveWithPrecedingAOrYa(ref w, rv, Verb1, Verb2))
            {
                w.RemoveLongest(rv, Noun);
            }
        }

        // Step 2
        if (w.Length > rv && w.EndsWith("и")) w.Cut(1);

        // Step 3
        w.RemoveLongest(Math.Max(rv, r2), Derivational);

        // Step 4
        if (w.Length - 4 >= rv && w.EndsWith("ейше")) { w.Cut(4); Undouble(ref w, rv); }
        else if (w.Length - 3 >= rv && w.EndsWith("ейш")) { w.Cut(3); Undouble(ref w, rv); }
        else if (w.Length - 1 >= rv && w.EndsWith("н")) Undouble(ref w, rv);
        else if (w.Length - 1 >= rv && w.EndsWith("ь")) w.Cut(1);

        return w.ToString();
    }

    static void Undouble(ref Word w, int rv)
    {
        if (w.Length - 2 >= rv && w.EndsWith("нн")) w.Cut(1);
    }

    /// <summary>
    /// The longest ending of either group; the first group's endings count only after а or я (which stay).
    /// As in Snowball's among, a longest match whose condition fails removes nothing.
    /// </summary>
    static bool RemoveWithPrecedingAOrYa(ref Word w, int rv, string[] afterAOrYa, string[] plain)
    {
        var first = w.Longest(rv, afterAOrYa);
        var second = w.Longest(rv, plain);
        if (first is null && second is null) return false;
        if (second is not null && (first is null || second.Length >= first.Length))
        {
            w.Cut(second.Length);
            return true;
        }
        int before = w.Length - first!.Length - 1;
        if (before < rv || w[before] is not ('а' or 'я')) return false;
        w.Cut(first.Length);
        return true;
    }

    static bool RemoveAdjectival(ref Word w, int rv)
    {
        var adjective = w.Longest(rv, Adjective);
        if (adjective is null) return false;
        w.Cut(adjective.Length);
        RemoveWithPrecedingAOrYa(ref w, rv, Participle1, Participle2);
        return true;
    }

    ref struct Word(string word)
    {
        readonly char[] _chars = word.ToCharArray();
        public int Length { get; private set; } = word.Length;

        public readonly char this[int i] => _chars[i];

        public readonly bool EndsWith(string suffix) => _chars.AsSpan(0, Length).EndsWith(suffix);

        public void Cut(int n) => Length -= n;

        public readonly string? Longest(int regionStart, string[] suffixes)
        {
            string? best = null;
            foreach (var s in suffixes)
                if ((best is null || s.Length > best.Length) && Length - s.Length >= regionStart && EndsWith(s)) best = s;
            return best;
        }

        public bool RemoveLongest(int regionStart, string[] suffixes)
        {
            var found = Longest(regionStart, suffixes);
            if (found is null) return false;
            Cut(found.Length);
            return true;
        }

        public readonly int RegionAfterFirstVowel()
        {
            for (int i = 0; i < Length; i++) if (Vowels.Contains(_chars[i])) return i + 1;
            return Length;
        }

        public readonly int R2()
        {
            int r1 = After(0);
            return After(r1);
        }

        readonly int After(int from)
        {
            for (int i = from + 1; i < Length; i++)
                if (!Vowels.Contains(_chars[i]) && Vowels.Contains(_chars[i - 1])) return i + 1;
            return Length;
        }

        public override readonly string ToString() => new(_chars, 0, Length);
    }
}
