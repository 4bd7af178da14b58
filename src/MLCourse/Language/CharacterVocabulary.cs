namespace MLCourse.Language;

/// <summary>
/// A character-level tokenizer: every distinct character of a text gets an id, in ordinal order, and a text becomes the ids
/// of its characters (as nanoGPT's shakespeare_char does). Decoding is the reverse.
/// </summary>
public sealed class CharacterVocabulary
{
    private readonly Dictionary<char, int> ids;

    private CharacterVocabulary(char[] characters)
    {
        Characters = characters;
        ids = characters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
    }

    /// <summary>The characters, by id.</summary>
    public IReadOnlyList<char> Characters { get; }

    /// <summary>How many characters there are: the model's vocabulary size.</summary>
    public int Size => Characters.Count;

    /// <summary>The vocabulary of the distinct characters of <paramref name="text"/>.</summary>
    public static CharacterVocabulary From(string text)
    {
        Require.That(!string.IsNullOrEmpty(text), nameof(text), "a text to take the characters from", "an empty text", "Give the training text.");
        return new CharacterVocabulary(text.Distinct().Order().ToArray());
    }

    /// <summary>The id of every character of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">A character is not in the vocabulary.</exception>
    public int[] Encode(string text) => text.Select(c => ids.TryGetValue(c, out var id) ? id
        : throw new ArgumentException(Require.Message("characters of the vocabulary", $"'{c}' (U+{(int)c:X4}), which the text it was made from does not have",
            "Make the vocabulary from a text that has every character, or leave the character out."), nameof(text))).ToArray();

    /// <summary>The text of some ids.</summary>
    public string Decode(IEnumerable<int> tokens) => new(tokens.Select(id => Characters[id]).ToArray());
}
