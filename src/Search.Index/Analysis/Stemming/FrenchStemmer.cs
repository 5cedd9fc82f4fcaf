using System.Text;

namespace Search.Index.Analysis.Stemming;

/// <summary>
/// The Snowball French stemmer, from the algorithm's description on the Snowball site. Letters that act as
/// consonants (u and i between vowels, y next to a vowel, u after q) are written in capitals while stemming,
/// and ë / ï as He / Hi, as the description does.
/// </summary>
public sealed class FrenchStemmer : IStemmer
{
    const string Vowels = "aeiouyâàëéêèïîôûù";

    public string Stem(string word)
    {
        if (word.Length < 2 || word.Length > 64) return word;
        foreach (var c in word) if (!char.IsLetter(c) && c != '-' && c != '\'') return word;

        var w = new StringBuilder(Prelude(RemoveElision(word)));
        int rv = RV(w), r1 = R(w, 0), r2 = R(w, r1);

        bool step1 = Step1(w, rv, r1, r2, out bool goToStep2a);
        bool altered = step1;
        if (!step1 || goToStep2a)
        {
            int before = w.Length;
            bool step2a = Step2a(w, rv);
            bool step2b = !step2a && Step2b(w, rv, r2);
            altered = altered || step2a || step2b || w.Length != before;
        }
        if (altered)
        {
            // Step 3
            if (EndsWith(w, "Y")) w[^1] = 'i';
            else if (EndsWith(w, "ç")) w[^1] = 'c';
        }
        else
        {
            Step4(w, rv, r2);
        }
        Step5(w);
        Step6(w);
        return Postlude(w);
    }

    static bool IsVowel(char c) => Vowels.Contains(c);

    /// <summary>"l'action", "qu'elle": an elided article or pronoun before the word is not part of it.</summary>
    static string RemoveElision(string word)
    {
        int apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe < 0 || apostrophe == word.Length - 1) return word;
        var head = word.AsSpan(0, apostrophe);
        return (head.Length == 1 && "cdjlmnst".Contains(head[0])) || head.SequenceEqual("qu") ? word[(apostrophe + 1)..] : word;
    }

    static string Prelude(string word)
    {
        var w = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            if (c == 'ë') w.Append("He");
            else if (c == 'ï') w.Append("Hi");
            else w.Append(c);
        }
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            bool before = i > 0 && IsVowel(w[i - 1]);
            bool after = i + 1 < w.Length && IsVowel(w[i + 1]);
            if ((c == 'u' || c == 'i') && before && after) w[i] = char.ToUpperInvariant(c);
            else if (c == 'y' && (before || after)) w[i] = 'Y';
            else if (c == 'u' && i > 0 && w[i - 1] == 'q') w[i] = 'U';
        }
        return w.ToString();
    }

    static string Postlude(StringBuilder w)
    {
        var s = w.ToString().Replace("He", "ë").Replace("Hi", "ï").Replace("H", "");
        return s.Replace('I', 'i').Replace('U', 'u').Replace('Y', 'y');
    }

    static int RV(StringBuilder w)
    {
        if (w.Length >= 2 && IsVowel(w[0]) && IsVowel(w[1])) return Math.Min(3, w.Length);
        var s = w.ToString();
        if (s.StartsWith("par") || s.StartsWith("col") || s.StartsWith("tap")) return 3;
        if (s.StartsWith("mauva")) return 5;
        if (s.StartsWith("ni") && w.Length > 2 && IsVowel(w[2])) return 3;
        for (int i = 1; i < w.Length; i++) if (IsVowel(w[i])) return i + 1;
        return w.Length;
    }

    static int R(StringBuilder w, int from)
    {
        for (int i = from + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    static bool EndsWith(StringBuilder w, string suffix)
    {
        if (suffix.Length > w.Length) return false;
        for (int i = 0; i < suffix.Length; i++) if (w[w.Length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }

    /// <summary>The longest of the suffixes that the word ends with, or null.</summary>
    static string? Longest(StringBuilder w, string[] suffixes, int regionStart = 0)
    {
        string? best = null;
        foreach (var s in suffixes)
            if ((best is null || s.Length > best.Length) && w.Length - s.Length >= regionStart && EndsWith(w, s)) best = s;
        return best;
    }

    static void Replace(StringBuilder w, int cut, string with) { w.Length -= cut; w.Append(with); }

    static readonly string[] Step1Suffixes =
    [
        "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
        "atrice", "ateur", "ation", "atrices", "ateurs", "ations", "logie", "logies", "usion", "ution", "usions", "utions",
        "ence", "ences", "ement", "ements", "ité", "ités", "if", "ive", "ifs", "ives", "eaux", "aux", "oux", "euse", "euses",
        "issement", "issements", "amment", "emment", "ment", "ments",
    ];

    static bool Step1(StringBuilder w, int rv, int r1, int r2, out bool goToStep2a)
    {
        goToStep2a = false;
        var suffix = Longest(w, Step1Suffixes);
        if (suffix is null) return false;
        int start = w.Length - suffix.Length;
        switch (suffix)
        {
            case "ance" or "iqUe" or "isme" or "able" or "iste" or "eux" or "ances" or "iqUes" or "ismes" or "ables" or "istes":
                if (start < r2) return false;
                w.Length = start;
                return true;
            case "atrice" or "ateur" or "ation" or "atrices" or "ateurs" or "ations":
                if (start < r2) return false;
                w.Length = start;
                if (EndsWith(w, "ic")) { if (w.Length - 2 >= r2) w.Length -= 2; else Replace(w, 2, "iqU"); }
                return true;
            case "logie" or "logies":
                if (start < r2) return false;
                Replace(w, suffix.Length, "log");
                return true;
            case "usion" or "ution" or "usions" or "utions":
                if (start < r2) return false;
                Replace(w, suffix.Length, "u");
                return true;
            case "ence" or "ences":
                if (start < r2) return false;
                Replace(w, suffix.Length, "ent");
                return true;
            case "ement" or "ements":
                if (start < rv) return false;
                w.Length = start;
                if (EndsWith(w, "iv"))
                {
                    if (w.Length - 2 >= r2)
                    {
                        w.Length -= 2;
                        if (EndsWith(w, "at") && w.Length - 2 >= r2) w.Length -= 2;
                    }
                }
                else if (EndsWith(w, "eus"))
                {
                    if (w.Length - 3 >= r2) w.Length -= 3;
                    else if (w.Length - 3 >= r1) Replace(w, 3, "eux");
                }
                else if (EndsWith(w, "abl") || EndsWith(w, "iqU"))
                {
                    if (w.Length - 3 >= r2) w.Length -= 3;
                }
                else if (EndsWith(w, "ièr") || EndsWith(w, "Ièr"))
                {
                    if (w.Length - 3 >= rv) Replace(w, 3, "i");
                }
                return true;
            case "ité" or "ités":
                if (start < r2) return false;
                w.Length = start;
                if (EndsWith(w, "abil")) { if (w.Length - 4 >= r2) w.Length -= 4; else Replace(w, 4, "abl"); }
                else if (EndsWith(w, "ic")) { if (w.Length - 2 >= r2) w.Length -= 2; else Replace(w, 2, "iqU"); }
                else if (EndsWith(w, "iv")) { if (w.Length - 2 >= r2) w.Length -= 2; }
                return true;
            case "if" or "ive" or "ifs" or "ives":
                if (start < r2) return false;
                w.Length = start;
                if (EndsWith(w, "at") && w.Length - 2 >= r2)
                {
                    w.Length -= 2;
                    if (EndsWith(w, "ic")) { if (w.Length - 2 >= r2) w.Length -= 2; else Replace(w, 2, "iqU"); }
                }
                return true;
            case "eaux":
                Replace(w, 4, "eau");
                return true;
            case "aux":
                if (start < r1) return false;
                Replace(w, 3, "al");
                return true;
            case "oux":
                if (start == 0 || !"bhjlnp".Contains(w[start - 1])) return false;
                Replace(w, 3, "ou");
                return true;
            case "euse" or "euses":
                if (start >= r2) { w.Length = start; return true; }
                if (start >= r1) { Replace(w, suffix.Length, "eux"); return true; }
                return false;
            case "issement" or "issements":
                if (start < r1 || start == 0 || IsVowel(w[start - 1])) return false;
                w.Length = start;
                return true;
            case "amment":
                if (start < rv) return false;
                Replace(w, 6, "ant");
                goToStep2a = true;
                return true;
            case "emment":
                if (start < rv) return false;
                Replace(w, 6, "ent");
                goToStep2a = true;
                return true;
            case "ment" or "ments":
                if (start < rv || start == 0 || !IsVowel(w[start - 1]) || start - 1 < rv) return false;
                w.Length = start;
                goToStep2a = true;
                return true;
        }
        return false;
    }

    static readonly string[] Step2aSuffixes =
    [
        "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras", "irent", "irez", "iriez",
        "irions", "irons", "iront", "is", "issaIent", "issais", "issait", "issant", "issante", "issantes", "issants", "isse",
        "issent", "isses", "issez", "issiez", "issions", "issons", "it",
    ];

    static bool Step2a(StringBuilder w, int rv)
    {
        var suffix = Longest(w, Step2aSuffixes, rv);
        if (suffix is null) return false;
        int start = w.Length - suffix.Length;
        if (start - 1 < rv) return false;
        char before = w[start - 1];
        if (IsVowel(before) || before == 'H') return false;
        w.Length = start;
        return true;
    }

    static readonly string[] Step2bSuffixes =
    [
        "ions", "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras", "erez", "eriez",
        "erions", "erons", "eront", "ez", "iez", "âmes", "ât", "âtes", "a", "ai", "aIent", "ais", "ait", "ant", "ante", "antes",
        "ants", "as", "asse", "assent", "asses", "assiez", "assions", "aise", "aises",
    ];

    static bool Step2b(StringBuilder w, int rv, int r2)
    {
        var suffix = Longest(w, Step2bSuffixes, rv);
        if (suffix is null) return false;
        int start = w.Length - suffix.Length;
        switch (suffix)
        {
            case "ions":
                if (start < r2) return false;
                w.Length = start;
                return true;
            case "é" or "ée" or "ées" or "és" or "èrent" or "er" or "era" or "erai" or "eraIent" or "erais" or "erait" or "eras"
                or "erez" or "eriez" or "erions" or "erons" or "eront" or "ez" or "iez":
                w.Length = start;
                return true;
            default:
                // "-ais(e)" is a verb ending or an adjective of place (française), but not in palais, calais, beauvais.
                if (suffix is "ais" or "aise" or "aises")
                {
                    w.Length = start;
                    bool keep = EndsWith(w, "al") || EndsWith(w, "épl") || EndsWith(w, "auv");
                    w.Append(suffix);
                    if (keep) return false;
                }
                w.Length = start;
                if (EndsWith(w, "e") && w.Length - 1 >= rv) w.Length -= 1;
                return true;
        }
    }

    static void Step4(StringBuilder w, int rv, int r2)
    {
        if (w.Length > 1 && w[^1] == 's' && (EndsWith(w, "His") || !"aiouès".Contains(w[^2]))) w.Length -= 1;
        var suffix = Longest(w, ["ion", "ier", "ière", "Ier", "Ière", "e"], rv);
        if (suffix is null) return;
        int start = w.Length - suffix.Length;
        switch (suffix)
        {
            case "ion":
                if (start >= r2 && start - 1 >= rv && w[start - 1] is 's' or 't') w.Length = start;
                break;
            case "e":
                w.Length = start;
                break;
            default:
                Replace(w, suffix.Length, "i");
                break;
        }
    }

    static void Step5(StringBuilder w)
    {
        if (EndsWith(w, "enn") || EndsWith(w, "onn") || EndsWith(w, "ett") || EndsWith(w, "ell") || EndsWith(w, "eill")) w.Length -= 1;
    }

    static void Step6(StringBuilder w)
    {
        int i = w.Length - 1;
        while (i >= 0 && !IsVowel(w[i])) i--;
        if (i >= 0 && i < w.Length - 1 && w[i] is 'é' or 'è') w[i] = 'e';
    }
}
