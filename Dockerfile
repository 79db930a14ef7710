# Builds and runs the portal. The database comes from docker-compose.yml or ConnectionStrings__Seminar.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props NsfcSeminar.sln .editorconfig ./
COPY src/ src/
RUN dotnet publish src/NsfcSeminar.Web/NsfcSeminar.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# The search copy's folder (Seminar__SearchCopyFolder), a volume per instance in docker-compose.yml.
RUN mkdir -p /var/lib/seminar/search-copy && chown app /var/lib/seminar/search-copy
USER app
ENTRYPOINT ["dotnet", "NsfcSeminar.Web.dll"]
