using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ioc.Data.Storage;

/// <summary>Gives snake_case column names to the selected entities (tables are named explicitly in their configurations).</summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder builder, Func<IMutableEntityType, bool> selected)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(selected))
        {
            // Owned contacts name their own columns (leader_name, …) and share the owner's key column.
            if (entity.IsOwned())
            {
                continue;
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Convert(property.Name));
            }
        }
    }

    public static string Convert(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var afterLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (afterLowerOrDigit || endsAcronym)
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
