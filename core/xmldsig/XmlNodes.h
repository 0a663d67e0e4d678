#pragma once

#include <QList>
#include <QString>

#include <libxml/tree.h>

namespace gatehouse::core::xml {

// Namespaces used throughout the SAML layer.
inline constexpr char kNsMetadata[] = "urn:oasis:names:tc:SAML:2.0:metadata";
inline constexpr char kNsAssertion[] = "urn:oasis:names:tc:SAML:2.0:assertion";
inline constexpr char kNsProtocol[] = "urn:oasis:names:tc:SAML:2.0:protocol";
inline constexpr char kNsDsig[] = "http://www.w3.org/2000/09/xmldsig#";
inline constexpr char kNsXenc[] = "http://www.w3.org/2001/04/xmlenc#";
inline constexpr char kNsMdui[] = "urn:oasis:names:tc:SAML:metadata:ui";
inline constexpr char kNsMdrpi[] = "urn:oasis:names:tc:SAML:metadata:rpi";
inline constexpr char kNsMdattr[] = "urn:oasis:names:tc:SAML:metadata:attribute";
inline constexpr char kNsShibmd[] = "urn:mace:shibboleth:metadata:1.0";
inline constexpr char kNsXml[] = "http://www.w3.org/XML/1998/namespace";

// Small, allocation-light helpers over libxml2 nodes.
bool isElement(const xmlNode* node, const char* ns, const char* localName);
QList<xmlNode*> children(const xmlNode* parent, const char* ns = nullptr, const char* localName = nullptr);
xmlNode* firstChild(const xmlNode* parent, const char* ns, const char* localName);
bool hasAttribute(const xmlNode* node, const char* name, const char* ns = nullptr);
QString attribute(const xmlNode* node, const char* name, const char* ns = nullptr);
QString text(const xmlNode* node);
QString namespaceUri(const xmlNode* node);
QString localName(const xmlNode* node);
int line(const xmlNode* node);
// 1-based position of node among its same-named siblings (O(1) after rememberSiblingIndexes(parent)).
int siblingIndex(const xmlNode* node);
// Stores the sibling index of every child element of parent in its _private pointer (used by siblingIndex).
void rememberSiblingIndexes(xmlNode* parent);
// A location path such as /md:EntitiesDescriptor/md:EntityDescriptor[3]/md:IDPSSODescriptor[1].
QString path(const xmlNode* node);

} // namespace gatehouse::core::xml
