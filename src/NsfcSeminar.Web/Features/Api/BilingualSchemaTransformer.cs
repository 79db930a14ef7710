using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>Describes <see cref="Bilingual"/> in the OpenAPI document as the object that
/// <see cref="BilingualJsonConverter"/> writes; a custom converter leaves it undescribed.</summary>
internal sealed class BilingualSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(Bilingual))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Description = "A short text in Chinese and English; either may be null.";
            schema.Properties = new Dictionary<string, IOpenApiSchema>
            {
                [Language.Zh.Code()] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                [Language.En.Code()] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            };
        }

        return Task.CompletedTask;
    }
}
