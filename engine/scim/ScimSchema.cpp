#include "engine/scim/ScimSchema.h"

#include "engine/scim/ScimPath.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse::engine::scim {

namespace {

using Type = AttributeDef::Type;
using Mutability = AttributeDef::Mutability;
using Returned = AttributeDef::Returned;

AttributeDef attr(const QString& name, Type type = Type::String)
{
    AttributeDef a;
    a.name = name;
    a.type = type;
    return a;
}

AttributeDef exact(AttributeDef a)
{
    a.caseExact = true;
    return a;
}

AttributeDef readOnly(AttributeDef a)
{
    a.mutability = Mutability::ReadOnly;
    return a;
}

AttributeDef multi(const QString& name, QList<AttributeDef> subs)
{
    AttributeDef a = attr(name, Type::Complex);
    a.multiValued = true;
    a.subAttributes = std::move(subs);
    return a;
}

AttributeDef complex(const QString& name, QList<AttributeDef> subs)
{
    AttributeDef a = attr(name, Type::Complex);
    a.subAttributes = std::move(subs);
    return a;
}

AttributeDef withValues(AttributeDef a, QStringList values)
{
    a.canonicalValues = std::move(values);
    return a;
}

// value / display / type / primary: the usual multi-valued sub-attributes.
QList<AttributeDef> plural(const QStringList& types, Type valueType = Type::String)
{
    return {attr(u"value"_s, valueType),
            attr(u"display"_s),
            withValues(attr(u"type"_s), types),
            attr(u"primary"_s, Type::Boolean)};
}

QString typeName(Type type)
{
    switch (type) {
    case Type::String:
        return u"string"_s;
    case Type::Boolean:
        return u"boolean"_s;
    case Type::Decimal:
        return u"decimal"_s;
    case Type::Integer:
        return u"integer"_s;
    case Type::DateTime:
        return u"dateTime"_s;
    case Type::Reference:
        return u"reference"_s;
    case Type::Complex:
        return u"complex"_s;
    }
    return u"string"_s;
}

QString mutabilityName(Mutability m)
{
    switch (m) {
    case Mutability::ReadWrite:
        return u"readWrite"_s;
    case Mutability::ReadOnly:
        return u"readOnly"_s;
    case Mutability::Immutable:
        return u"immutable"_s;
    case Mutability::WriteOnly:
        return u"writeOnly"_s;
    }
    return u"readWrite"_s;
}

QString returnedName(Returned r)
{
    switch (r) {
    case Returned::Default:
        return u"default"_s;
    case Returned::Always:
        return u"always"_s;
    case Returned::Never:
        return u"never"_s;
    case Returned::Request:
        return u"request"_s;
    }
    return u"default"_s;
}

SchemaDef makeUser()
{
    AttributeDef userName = attr(u"userName"_s);
    userName.required = true;
    userName.uniqueness = u"server"_s;
    AttributeDef password = attr(u"password"_s);
    password.mutability = Mutability::WriteOnly;
    password.returned = Returned::Never;
    AttributeDef groupRef = readOnly(attr(u"$ref"_s, Type::Reference));
    groupRef.referenceTypes = {u"User"_s, u"Group"_s};
    AttributeDef groups = readOnly(multi(u"groups"_s,
                                         {readOnly(exact(attr(u"value"_s))),
                                          groupRef,
                                          readOnly(attr(u"display"_s)),
                                          readOnly(withValues(attr(u"type"_s), {u"direct"_s, u"indirect"_s}))}));
    AttributeDef photoValue = attr(u"value"_s, Type::Reference);
    photoValue.referenceTypes = {u"external"_s};
    AttributeDef profileUrl = attr(u"profileUrl"_s, Type::Reference);
    profileUrl.referenceTypes = {u"external"_s};
    return SchemaDef{
        ScimSchema::kUser,
        u"User"_s,
        u"User Account"_s,
        {userName,
         complex(u"name"_s,
                 {attr(u"formatted"_s),
                  attr(u"familyName"_s),
                  attr(u"givenName"_s),
                  attr(u"middleName"_s),
                  attr(u"honorificPrefix"_s),
                  attr(u"honorificSuffix"_s)}),
         attr(u"displayName"_s),
         attr(u"nickName"_s),
         profileUrl,
         attr(u"title"_s),
         attr(u"userType"_s),
         attr(u"preferredLanguage"_s),
         attr(u"locale"_s),
         attr(u"timezone"_s),
         attr(u"active"_s, Type::Boolean),
         password,
         multi(u"emails"_s, plural({u"work"_s, u"home"_s, u"other"_s})),
         multi(u"phoneNumbers"_s, plural({u"work"_s, u"home"_s, u"mobile"_s, u"fax"_s, u"pager"_s, u"other"_s})),
         multi(u"ims"_s, plural({u"aim"_s, u"gtalk"_s, u"icq"_s, u"xmpp"_s, u"msn"_s, u"skype"_s, u"qq"_s})),
         multi(u"photos"_s,
               {photoValue,
                attr(u"display"_s),
                withValues(attr(u"type"_s), {u"photo"_s, u"thumbnail"_s}),
                attr(u"primary"_s, Type::Boolean)}),
         multi(u"addresses"_s,
               {attr(u"formatted"_s),
                attr(u"streetAddress"_s),
                attr(u"locality"_s),
                attr(u"region"_s),
                attr(u"postalCode"_s),
                attr(u"country"_s),
                withValues(attr(u"type"_s), {u"work"_s, u"home"_s, u"other"_s}),
                attr(u"primary"_s, Type::Boolean)}),
         groups,
         multi(u"entitlements"_s, plural({})),
         multi(u"roles"_s, plural({})),
         multi(u"x509Certificates"_s, plural({}))}};
}

SchemaDef makeEnterprise()
{
    AttributeDef managerRef = attr(u"$ref"_s, Type::Reference);
    managerRef.referenceTypes = {u"User"_s};
    return SchemaDef{ScimSchema::kEnterpriseUser,
                     u"EnterpriseUser"_s,
                     u"Enterprise User"_s,
                     {attr(u"employeeNumber"_s),
                      attr(u"costCenter"_s),
                      attr(u"organization"_s),
                      attr(u"division"_s),
                      attr(u"department"_s),
                      complex(u"manager"_s, {exact(attr(u"value"_s)), managerRef, readOnly(attr(u"displayName"_s))})}};
}

SchemaDef makeGroup()
{
    AttributeDef displayName = attr(u"displayName"_s);
    displayName.required = true;
    AttributeDef value = exact(attr(u"value"_s));
    value.mutability = Mutability::Immutable;
    AttributeDef ref = attr(u"$ref"_s, Type::Reference);
    ref.mutability = Mutability::Immutable;
    ref.referenceTypes = {u"User"_s, u"Group"_s};
    AttributeDef type = withValues(attr(u"type"_s), {u"User"_s, u"Group"_s});
    type.mutability = Mutability::Immutable;
    return SchemaDef{ScimSchema::kGroup,
                     u"Group"_s,
                     u"Group"_s,
                     {displayName, multi(u"members"_s, {value, ref, attr(u"display"_s), type})}};
}

} // namespace

const QString ScimSchema::kUser = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString ScimSchema::kEnterpriseUser = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;
const QString ScimSchema::kGroup = u"urn:ietf:params:scim:schemas:core:2.0:Group"_s;
const QString ScimSchema::kListResponse = u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s;
const QString ScimSchema::kPatchOp = u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;
const QString ScimSchema::kError = u"urn:ietf:params:scim:api:messages:2.0:Error"_s;
const QString ScimSchema::kBulkRequest = u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s;
const QString ScimSchema::kBulkResponse = u"urn:ietf:params:scim:api:messages:2.0:BulkResponse"_s;
const QString ScimSchema::kServiceProviderConfig = u"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"_s;
const QString ScimSchema::kResourceTypeSchema = u"urn:ietf:params:scim:schemas:core:2.0:ResourceType"_s;
const QString ScimSchema::kSchemaSchema = u"urn:ietf:params:scim:schemas:core:2.0:Schema"_s;
const QStringList ScimSchema::kIgnoredSchemas{
    u"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"_s};

const AttributeDef* AttributeDef::sub(QStringView n) const
{
    for (const AttributeDef& a : subAttributes) {
        if (a.name.compare(n, Qt::CaseInsensitive) == 0) {
            return &a;
        }
    }
    return nullptr;
}

QJsonObject AttributeDef::toJson() const
{
    QJsonObject out{{u"name"_s, name},
                    {u"type"_s, typeName(type)},
                    {u"multiValued"_s, multiValued},
                    {u"description"_s, name},
                    {u"required"_s, required},
                    {u"mutability"_s, mutabilityName(mutability)},
                    {u"returned"_s, returnedName(returned)}};
    if (type != Type::Complex && type != Type::Boolean) {
        out.insert(u"caseExact"_s, caseExact);
        out.insert(u"uniqueness"_s, uniqueness);
    }
    if (!canonicalValues.isEmpty()) {
        out.insert(u"canonicalValues"_s, QJsonArray::fromStringList(canonicalValues));
    }
    if (!referenceTypes.isEmpty()) {
        out.insert(u"referenceTypes"_s, QJsonArray::fromStringList(referenceTypes));
    }
    if (!subAttributes.isEmpty()) {
        QJsonArray subs;
        for (const AttributeDef& s : subAttributes) {
            subs.append(s.toJson());
        }
        out.insert(u"subAttributes"_s, subs);
    }
    return out;
}

const AttributeDef* SchemaDef::attribute(QStringView n) const
{
    for (const AttributeDef& a : attributes) {
        if (a.name.compare(n, Qt::CaseInsensitive) == 0) {
            return &a;
        }
    }
    return nullptr;
}

QJsonObject SchemaDef::toJson(const QString& location) const
{
    QJsonArray attrs;
    for (const AttributeDef& a : attributes) {
        attrs.append(a.toJson());
    }
    return {{u"schemas"_s, QJsonArray{ScimSchema::kSchemaSchema}},
            {u"id"_s, id},
            {u"name"_s, name},
            {u"description"_s, description},
            {u"attributes"_s, attrs},
            {u"meta"_s, QJsonObject{{u"resourceType"_s, u"Schema"_s}, {u"location"_s, location}}}};
}

const SchemaDef* ResourceType::schema(QStringView urn) const
{
    if (core->id.compare(urn, Qt::CaseInsensitive) == 0) {
        return core;
    }
    for (const SchemaDef* e : extensions) {
        if (e->id.compare(urn, Qt::CaseInsensitive) == 0) {
            return e;
        }
    }
    return nullptr;
}

QStringList ResourceType::schemaIds() const
{
    QStringList out{core->id};
    for (const SchemaDef* e : extensions) {
        out << e->id;
    }
    return out;
}

const SchemaDef& ScimSchema::userSchema()
{
    static const SchemaDef schema = makeUser();
    return schema;
}

const SchemaDef& ScimSchema::enterpriseUserSchema()
{
    static const SchemaDef schema = makeEnterprise();
    return schema;
}

const SchemaDef& ScimSchema::groupSchema()
{
    static const SchemaDef schema = makeGroup();
    return schema;
}

const ResourceType& ScimSchema::users()
{
    static const ResourceType type{u"User"_s, u"/Users"_s, &userSchema(), {&enterpriseUserSchema()}};
    return type;
}

const ResourceType& ScimSchema::groups()
{
    static const ResourceType type{u"Group"_s, u"/Groups"_s, &groupSchema(), {}};
    return type;
}

QList<const SchemaDef*> ScimSchema::allSchemas()
{
    return {&userSchema(), &enterpriseUserSchema(), &groupSchema()};
}

DirectorySchemas::DirectorySchemas()
    : m_users(ScimSchema::users())
    , m_groups(ScimSchema::groups())
{}

bool DirectorySchemas::isCustomExtensionPath(const QString& mapTo)
{
    const auto path = AttrPath::parse(mapTo);
    return path && !path->urn.isEmpty() && path->sub.isEmpty() && !ScimSchema::users().schema(path->urn)
           && !ScimSchema::users().schema(QString(path->urn + u':' + path->attr))
           && path->urn.compare(ScimSchema::kGroup, Qt::CaseInsensitive) != 0
           && path->urn.endsWith(u":User"_s, Qt::CaseInsensitive);
}

std::shared_ptr<const DirectorySchemas> DirectorySchemas::forMappings(const QJsonArray& mappings)
{
    static const auto builtIn = std::make_shared<const DirectorySchemas>();
    QList<AttrPath> declared;
    for (const QJsonValue& m : mappings) {
        const QString mapTo = m.toObject().value(u"map_to"_s).toString();
        if (isCustomExtensionPath(mapTo) && declared.size() < kMaxCustomAttributes) {
            declared.append(*AttrPath::parse(mapTo));
        }
    }
    if (declared.isEmpty()) {
        return builtIn;
    }
    const QByteArray key = QJsonDocument(mappings).toJson(QJsonDocument::Compact);
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const DirectorySchemas>> cache;
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(key); found != cache.constEnd()) {
        return *found;
    }
    auto schemas = std::make_shared<DirectorySchemas>();
    for (const AttrPath& path : std::as_const(declared)) {
        auto schema = std::find_if(schemas->m_custom.begin(), schemas->m_custom.end(), [&](const SchemaDef& s) {
            return s.id.compare(path.urn, Qt::CaseInsensitive) == 0;
        });
        if (schema == schemas->m_custom.end()) {
            SchemaDef def;
            def.id = path.urn;
            def.name = path.urn.section(u':', -3, -3); // urn:…:<vendor>:2.0:User → <vendor>
            def.description = u"Custom User extension declared by this directory's attribute mapping"_s;
            schemas->m_custom.push_back(def);
            schema = std::prev(schemas->m_custom.end());
        }
        if (!schema->attribute(path.attr)) {
            schema->attributes.append(attr(path.attr));
        }
    }
    for (const SchemaDef& def : schemas->m_custom) {
        schemas->m_users.extensions.append(&def);
    }
    if (cache.size() >= 1024) {
        cache.clear(); // holders keep their own copy alive
    }
    cache.insert(key, schemas);
    return schemas;
}

QList<const SchemaDef*> DirectorySchemas::allSchemas() const
{
    QList<const SchemaDef*> out = ScimSchema::allSchemas();
    for (const SchemaDef& def : m_custom) {
        out.append(&def);
    }
    return out;
}

} // namespace gatehouse::engine::scim
