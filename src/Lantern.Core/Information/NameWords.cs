namespace Lantern.Core.Information;

/// <summary>
/// Words that look like names in records but name nobody in particular, in our own lists: what families and
/// professionals call people by their place in the family ("Mum", "the child"), titles, the small words inside
/// names ("de", "van"), the abbreviations agencies write in capitals ("GP", "SW") and what a register holds when
/// the name is not known. Compared folded (<see cref="Folding"/>).
/// </summary>
public static class NameWords
{
    /// <summary>Words for someone's place in the family or case rather than their name. As another name they would
    /// link every entry that mentions any mother to one person, and replace the word wherever it is written.</summary>
    private static readonly HashSet<string> Common = Set(
        "mum", "mummy", "mam", "mom", "mommy", "mother", "mum's partner", "mother's partner",
        "dad", "daddy", "father", "dad's partner", "father's partner", "stepmum", "stepdad", "stepmother", "stepfather",
        "child", "children", "baby", "babies", "infant", "toddler", "newborn", "young person", "yp", "the young person", "subject",
        "son", "daughter", "brother", "sister", "sibling", "siblings", "twin", "twins",
        "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather",
        "grandparent", "grandparents", "auntie", "aunty", "aunt", "uncle", "cousin", "niece", "nephew",
        "parent", "parents", "carer", "carers", "family", "partner", "ex-partner", "ex", "boyfriend", "girlfriend", "husband", "wife",
        "friend", "neighbour", "neighbours", "lodger", "visitor", "male", "female", "man", "woman", "boy", "girl", "adult", "person",
        "he", "she", "they", "him", "her", "them", "unknown", "not known", "unnamed", "anonymous", "someone", "professional", "worker",
        "social worker", "health visitor", "midwife", "teacher", "doctor", "nurse", "police", "officer", "gp");

    private static readonly HashSet<string> Titles = Set(
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "pc", "dc", "ds", "di", "sgt", "insp", "cllr");

    /// <summary>The small words inside names that identify nobody on their own.</summary>
    private static readonly HashSet<string> Particles = Set(
        "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "les", "van", "von", "ter", "ten",
        "bin", "bint", "ibn", "al", "el", "mac", "mc", "st", "y", "and", "of", "the");

    /// <summary>Capitals agencies write for roles, services and records: never read as someone's initials.</summary>
    private static readonly HashSet<string> Abbreviations = Set(
        "gp", "sw", "hv", "mw", "pc", "dc", "ds", "di", "ed", "ae", "am", "pm", "uk", "nhs", "csc", "cp", "cpp", "cin", "lac", "cla",
        "iro", "dv", "da", "dva", "ipv", "mash", "marac", "mappa", "camhs", "sen", "send", "ehcp", "ot", "pt", "it", "no", "ok",
        "tac", "taf", "icpc", "rcpc", "pla", "epo", "ipo", "nfa", "asb", "ctr", "sn", "sc", "yot", "yjs", "bp", "hr", "id", "dob",
        "po", "dr", "mr", "ms", "mrs", "st", "rd", "nk", "na", "tbc", "eta", "cc", "bcc", "re", "fao", "aka", "asap", "ie", "eg",
        "sgo", "cao", "rpo", "ao", "ica", "lo", "pd", "ld", "adhd", "asd", "ptsd", "iv", "ii", "iii", "vi", "hiv", "std", "sti",
        // Words of two letters, which records written in capitals are full of ("SHE IS AT HOME").
        "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "me", "my", "of", "on", "or", "so", "to", "up", "us", "we");

    /// <summary>What a register holds in place of a name nobody knows.</summary>
    private static readonly HashSet<string> NotANameAtAll = Set(
        "not known", "unknown", "nk", "n/k", "name not known", "not given", "none", "no name", "unnamed", "tbc", "n/a");

    /// <summary>Whether a name is only a word for someone's place in the family or case ("Mum", "the child").</summary>
    public static bool IsCommonWord(string? name)
    {
        var folded = Folding.Fold(NameText.WithoutNotes(name ?? string.Empty)).Trim('.', ',', ';', ':', '!', '?', '"', '\'');
        foreach (var lead in new[] { "the ", "a ", "an ", "my ", "his ", "her ", "their ", "our ", "your " })
        {
            if (folded.StartsWith(lead, StringComparison.Ordinal))
            {
                folded = folded[lead.Length..];
                break;
            }
        }

        return folded.Length == 0 || Common.Contains(folded) || Titles.Contains(folded) || NotANameAtAll.Contains(folded);
    }

    public static bool IsTitle(string word) => Titles.Contains(Folding.Fold(word).TrimEnd('.'));

    public static bool IsParticle(string word) => Particles.Contains(Folding.Fold(word));

    public static bool IsAbbreviation(string letters) => Abbreviations.Contains(Folding.Fold(letters));

    /// <summary>Whether a register's name is a placeholder for a name nobody knows ("Not known").</summary>
    public static bool IsNotKnown(string? name) => NotANameAtAll.Contains(Folding.Fold(name));

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
