using Lucene.Net.Util;

// Lucene.Net finds an attribute's implementation by name: interface IFooAttribute, class
// FooAttribute, same namespace and assembly. Each attribute reads the shared token.
namespace Kawasaki.Tabunka.Analysis.Japanese.TokenAttributes;

/// <summary>The token's dictionary form, for <c>JapaneseBaseFormFilter</c>.</summary>
public interface IBaseFormAttribute : IAttribute
{
    string? BaseForm { get; }

    void SetToken(JapaneseToken? token);
}

/// <summary>The token's part of speech, for <c>JapanesePartOfSpeechStopFilter</c>.</summary>
public interface IPartOfSpeechAttribute : IAttribute
{
    string? PartOfSpeech { get; }

    void SetToken(JapaneseToken? token);
}

/// <summary>The token's reading and pronunciation in katakana.</summary>
public interface IReadingAttribute : IAttribute
{
    string? Reading { get; }

    string? Pronunciation { get; }

    void SetToken(JapaneseToken? token);
}

/// <summary>The token's conjugation type and form.</summary>
public interface IInflectionAttribute : IAttribute
{
    string? InflectionType { get; }

    string? InflectionForm { get; }

    void SetToken(JapaneseToken? token);
}

/// <summary>Shared plumbing: the attributes only hold the token.</summary>
public abstract class JapaneseTokenAttribute : Lucene.Net.Util.Attribute
{
    protected JapaneseToken? Token { get; private set; }

    public void SetToken(JapaneseToken? token) => Token = token;

    public override void Clear() => Token = null;

    public override void CopyTo(IAttribute target) => ((JapaneseTokenAttribute)target).SetToken(Token);
}

public sealed class BaseFormAttribute : JapaneseTokenAttribute, IBaseFormAttribute
{
    public string? BaseForm => Token?.BaseForm;

    public override void ReflectWith(IAttributeReflector reflector) =>
        reflector.Reflect<IBaseFormAttribute>("baseForm", BaseForm);
}

public sealed class PartOfSpeechAttribute : JapaneseTokenAttribute, IPartOfSpeechAttribute
{
    public string? PartOfSpeech => Token?.PartOfSpeech;

    public override void ReflectWith(IAttributeReflector reflector) =>
        reflector.Reflect<IPartOfSpeechAttribute>("partOfSpeech", PartOfSpeech);
}

public sealed class ReadingAttribute : JapaneseTokenAttribute, IReadingAttribute
{
    public string? Reading => Token?.Reading;

    public string? Pronunciation => Token?.Pronunciation;

    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IReadingAttribute>("reading", Reading);
        reflector.Reflect<IReadingAttribute>("pronunciation", Pronunciation);
    }
}

public sealed class InflectionAttribute : JapaneseTokenAttribute, IInflectionAttribute
{
    public string? InflectionType => Token?.InflectionType;

    public string? InflectionForm => Token?.InflectionForm;

    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IInflectionAttribute>("inflectionType", InflectionType);
        reflector.Reflect<IInflectionAttribute>("inflectionForm", InflectionForm);
    }
}
