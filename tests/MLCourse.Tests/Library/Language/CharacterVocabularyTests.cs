using MLCourse.Language;

namespace MLCourse.Tests.Library.Language;

public sealed class CharacterVocabularyTests
{
    [Fact]
    public void Gives_each_distinct_character_an_id_in_ordinal_order_and_decodes_back()
    {
        var vocabulary = CharacterVocabulary.From("the sea");

        Assert.Equal([' ', 'a', 'e', 'h', 's', 't'], vocabulary.Characters);
        Assert.Equal(6, vocabulary.Size);
        Assert.Equal([5, 3, 2, 0, 4, 2, 1], vocabulary.Encode("the sea"));
        Assert.Equal("hasest", vocabulary.Decode(vocabulary.Encode("hasest")));
    }

    [Fact]
    public void A_character_outside_the_vocabulary_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => CharacterVocabulary.From("abc").Encode("abz"));

        Assert.Contains("'z' (U+007A)", error.Message);
        Assert.Throws<ArgumentException>(() => CharacterVocabulary.From(""));
    }
}
