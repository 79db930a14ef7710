using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>A person in the API's list.</summary>
public sealed record ApiPersonSummary(string Slug, Bilingual Name, Bilingual Honorific);
