using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Gantry.Web.Tests.Robustness;

/// <summary>One wrong value for one body field, and whether the endpoint may still accept it.</summary>
public sealed record BadValue(string Field, string Kind, JsonNode? Value, bool MayBeAccepted);

/// <summary>
/// The battery of wrong values for the fields of a request body, chosen from each field's CLR type:
/// wrong JSON types, null, huge and negative numbers, dates at the ends of the calendar, 100,000-character
/// texts, unknown enum names, ids that do not exist.
/// </summary>
public static class BadValues
{
    public static readonly string LongText = new('长', 100_000);

    public static IEnumerable<BadValue> For(Type bodyType) => Fields(bodyType).SelectMany(f => For(f.Name, f.Type, depth: 0));

    private static IEnumerable<(string Name, Type Type)> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p.PropertyType));

    private static IEnumerable<BadValue> For(string field, Type declared, int depth)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        // A null is a wrong value only where the field is required; optional fields may take it.
        yield return new BadValue(field, "null", null, MayBeAccepted: true);
        if (type == typeof(string))
        {
            yield return new BadValue(field, "number for text", 12345, false);
            yield return new BadValue(field, "100,000 characters", LongText, false);
        }
        else if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
        {
            yield return new BadValue(field, "text for number", "abc", false);
            yield return new BadValue(field, "huge number", JsonNode.Parse("1e40"), false);
            yield return new BadValue(field, "larger than the database column", JsonNode.Parse("99999999999999999999"), false);
            // Some amounts may be negative by design (a deduction, a lead); the others must refuse it.
            yield return new BadValue(field, "negative", -1, MayBeAccepted: true);
        }
        else if (type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            yield return new BadValue(field, "first day of the calendar", "0001-01-01", false);
            yield return new BadValue(field, "last day of the calendar", "9999-12-31", false);
            yield return new BadValue(field, "not a date", "31/12/2026", false);
        }
        else if (type.IsEnum)
        {
            yield return new BadValue(field, "unknown enum value", "noSuchValue", false);
            yield return new BadValue(field, "enum as number", 3, false);
        }
        else if (type == typeof(Guid))
        {
            yield return new BadValue(field, "id that does not exist", Guid.NewGuid().ToString(), false);
            yield return new BadValue(field, "not an id", "not-an-id", false);
        }
        else if (type == typeof(bool))
        {
            yield return new BadValue(field, "text for yes/no", "maybe", false);
        }
        else if (type != typeof(object) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            yield return new BadValue(field, "text for list", "x", false);
            yield return new BadValue(field, "list of nulls", new JsonArray(null, null), false);
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault();
            if (element is not null && depth == 0 && IsRecord(element))
            {
                foreach (var inner in Fields(element).SelectMany(f => For(f.Name, f.Type, depth + 1)))
                {
                    yield return inner with { Field = $"{field}[0].{inner.Field}", Value = new JsonArray(new JsonObject { [inner.Field] = inner.Value?.DeepClone() }) };
                }
            }
        }
        else if (IsRecord(type))
        {
            yield return new BadValue(field, "text for object", "x", false);
            if (depth == 0)
            {
                foreach (var inner in Fields(type).SelectMany(f => For(f.Name, f.Type, depth + 1)))
                {
                    yield return inner with { Field = $"{field}.{inner.Field}", Value = new JsonObject { [inner.Field] = inner.Value?.DeepClone() } };
                }
            }
        }
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type);
}
