#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <list>
#include <memory>

namespace gatehouse::engine::scim {

// RFC 7643 attribute characteristics, as advertised under /Schemas and enforced on input.
struct AttributeDef
{
    enum class Type
    {
        String,
        Boolean,
        Decimal,
        Integer,
        DateTime,
        Reference,
        Complex,
    };
    enum class Mutability
    {
        ReadWrite,
        ReadOnly,
        Immutable,
        WriteOnly,
    };
    enum class Returned
    {
        Default,
        Always,
        Never,
        Request,
    };

    QString name;
    Type type = Type::String;
    bool multiValued = false;
    bool caseExact = false;
    bool required = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    QString uniqueness = QStringLiteral("none");
    QList<AttributeDef> subAttributes;
    QStringList canonicalValues;
    QStringList referenceTypes;

    const AttributeDef* sub(QStringView name) const; // case-insensitive
    QJsonObject toJson() const;
};

struct SchemaDef
{
    QString id;
    QString name;
    QString description;
    QList<AttributeDef> attributes;

    const AttributeDef* attribute(QStringView name) const; // case-insensitive
    QJsonObject toJson(const QString& location) const;
};

// A resource type (User, Group): its core schema and extension schemas.
struct ResourceType
{
    QString name;     // "User"
    QString endpoint; // "/Users"
    const SchemaDef* core = nullptr;
    QList<const SchemaDef*> extensions;

    // The schema a URN names (core or extension), case-insensitive; nullptr when unknown.
    const SchemaDef* schema(QStringView urn) const;
    QStringList schemaIds() const;
};

// The schemas and resource types this server supports.
class ScimSchema
{
public:
    static const QString kUser;
    static const QString kEnterpriseUser;
    static const QString kGroup;
    static const QString kListResponse;
    static const QString kPatchOp;
    static const QString kError;
    static const QString kBulkRequest;
    static const QString kBulkResponse;
    static const QString kServiceProviderConfig;
    static const QString kResourceTypeSchema;
    static const QString kSchemaSchema;
    // Extension URNs IdPs send that we accept and ignore (Entra's group schema).
    static const QStringList kIgnoredSchemas;

    static const SchemaDef& userSchema();
    static const SchemaDef& enterpriseUserSchema();
    static const SchemaDef& groupSchema();
    static const ResourceType& users();
    static const ResourceType& groups();
    static QList<const SchemaDef*> allSchemas();
};

// The resource types of one directory: the built-in User and Group plus the custom User extension schemas
// its attribute mapping declares (a map_to "urn:…:User:costCenter" declares the extension schema
// "urn:…:User" with the string attribute costCenter). Input under a declared extension is validated, stored
// and returned like the enterprise extension; an undeclared extension URN is refused, never dropped.
class DirectorySchemas
{
public:
    static constexpr int kMaxCustomAttributes = 64;

    // Shared per distinct mapping (cached); the built-in types when the mapping declares nothing.
    static std::shared_ptr<const DirectorySchemas> forMappings(const QJsonArray& mappings);
    // Whether a map_to declares a custom extension attribute (so that it can be checked on input).
    static bool isCustomExtensionPath(const QString& mapTo);

    const ResourceType& users() const { return m_users; }
    const ResourceType& groups() const { return m_groups; }
    // Built-in schemas, then the custom ones.
    QList<const SchemaDef*> allSchemas() const;
    const std::list<SchemaDef>& customSchemas() const { return m_custom; }

    DirectorySchemas();
    DirectorySchemas(const DirectorySchemas&) = delete;
    DirectorySchemas& operator=(const DirectorySchemas&) = delete;

private:
    std::list<SchemaDef> m_custom; // stable addresses for the ResourceType pointers
    ResourceType m_users;
    ResourceType m_groups;
};

} // namespace gatehouse::engine::scim
