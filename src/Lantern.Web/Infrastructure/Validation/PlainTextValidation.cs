using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Lantern.Web.Infrastructure.Validation;

/// <summary>
/// Refuses characters nobody types on purpose in any text Lantern stores: control codes, unpaired surrogates,
/// non-characters and the bidirectional overrides that can make text read differently from what it holds.
/// Applied to every string bound from a request.
/// </summary>
public static class PlainText
{
    public static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (char.IsLowSurrogate(c) || IsRefused(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRefused(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) ||
        c is '\u007F' or '\uFFFE' or '\uFFFF' ||
        (c >= '\u0080' && c <= '\u009F') ||
        (c >= '\u202A' && c <= '\u202E') ||
        (c >= '\u2066' && c <= '\u2069');
}

public sealed class PlainTextValidatorProvider : IModelValidatorProvider
{
    public void CreateValidators(ModelValidatorProviderContext context)
    {
        if (context.ModelMetadata.ModelType == typeof(string))
        {
            context.Results.Add(new ValidatorItem { Validator = PlainTextValidator.Instance, IsReusable = true });
        }
    }

    private sealed class PlainTextValidator : IModelValidator
    {
        public static readonly PlainTextValidator Instance = new();

        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            if (context.Model is string text && !PlainText.IsClean(text))
            {
                var name = context.ModelMetadata.DisplayName ?? "This answer";
                return [new ModelValidationResult(string.Empty, $"{name} must not include hidden or control characters. Retype it without pasting")];
            }

            return [];
        }
    }
}

public static class ValidationSetup
{
    /// <summary>Model-binding messages in plain words, and the plain-text check on every string.</summary>
    public static void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter a valid value for {field}");
        messages.SetValueIsInvalidAccessor(_ => "Enter a valid value");
        messages.SetValueMustBeANumberAccessor(field => $"{field} must be a number");
        messages.SetValueMustNotBeNullAccessor(field => $"Enter {field}");
        messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field}");
        messages.SetMissingKeyOrValueAccessor(() => "Enter a value");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Enter a value");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a valid value");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Enter a valid value for {field}");
        options.ModelValidatorProviders.Add(new PlainTextValidatorProvider());
    }
}
