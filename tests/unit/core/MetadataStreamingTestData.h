#pragma once

// Documents for TestMetadataStreaming (kept out of the test's .cpp: moc chokes on raw string literals).

#include <QByteArray>

#include <tuple>
#include <vector>

namespace streaming_test_data {

inline QByteArray entity(int i, const QByteArray& extra = {})
{
    return QByteArray(R"(
  <md:EntityDescriptor ID="_e)") + QByteArray::number(i) + R"(" entityID="https://idp)" + QByteArray::number(i)
           + R"(.example.org/saml" validUntil="2030-01-01T00:00:00Z" cacheDuration="PT2H">)" + extra + R"(
    <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp)"
           + QByteArray::number(i) + R"(.example.org/sso"/>
    </md:IDPSSODescriptor>
  </md:EntityDescriptor>)";
}

// An aggregate that exercises exclusive c14n: redeclared and unused prefixes, a default namespace undeclared
// below, prefixes used only in attributes, xml: attributes, escaping, CDATA, a PI and comments, a nested group.
inline QByteArray trickyAggregate()
{
    QByteArray doc = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- outside the root -->
<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:unused="urn:example:unused"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ex="urn:example:ext" ID="_root"
    Name="urn:example:tricky" validUntil="2030-01-01T00:00:00Z" b="2" a="1&#9;tab&#10;nl &amp; &lt; &quot;q&quot;">
  <md:Extensions>
    <mdrpi:PublicationInfo xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi" publisher="https://fed.example.org"
        creationInstant="2026-01-01T00:00:00Z"/>
  </md:Extensions>
  <?gatehouse a processing instruction?>
  <!-- a comment -->)";
    doc += entity(1, R"(
    <md:Extensions>
      <ex:Thing xmlns="urn:example:default" ex:flag="yes" xml:lang="en">text &amp; &lt;b&gt; "quoted" &#13;
        <Inner xmlns="">undeclared default<![CDATA[ <cdata> & more ]]></Inner>
        <ex:Other xmlns:ex="urn:example:ext" xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>
        <Deflt xsi:type="ex:T" z="1" ex:a="2" xml:space="preserve"/>
      </ex:Thing>
    </md:Extensions>)");
    doc += R"(
  <md:EntitiesDescriptor Name="nested" validUntil="2029-06-01T00:00:00Z">)";
    doc += entity(2);
    doc += R"(
    <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" ID="_e3" entityID="https://sp3.example.org/saml">
      <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
            Location="https://sp3.example.org/acs" index="0"/>
      </SPSSODescriptor>
    </EntityDescriptor>
  </md:EntitiesDescriptor>)";
    doc += entity(4);
    doc += "\n</md:EntitiesDescriptor>\n<!-- after -->\n";
    return doc;
}

inline QByteArray plainAggregate(int count)
{
    QByteArray doc = R"(<?xml version="1.0" encoding="UTF-8"?>
<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_root" Name="urn:example:plain">)";
    for (int i = 1; i <= count; ++i) {
        doc += entity(i);
    }
    doc += "\n</md:EntitiesDescriptor>\n";
    return doc;
}

inline QByteArray emptyAggregate()
{
    return QByteArray(R"(<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>)");
}

inline QByteArray excC14nTransform()
{
    return QByteArray(R"(<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>)");
}

// (row name, document, InclusiveNamespaces PrefixList)
inline std::vector<std::tuple<const char*, QByteArray, QByteArray>> c14nCases()
{
    return {
        {"tricky", trickyAggregate(), QByteArray()},
        {"tricky inclusive unused", trickyAggregate(), QByteArray("unused xsi")},
        {"tricky inclusive default", trickyAggregate(), QByteArray("#default ex md")},
        {"default undeclared",
         QByteArray(R"(<a xmlns="urn:a"><b xmlns=""><c xmlns="urn:c"/><d/></b><e:f xmlns:e="urn:e" e:g="1"/></a>)"),
         QByteArray("#default")},
        {"redeclared prefix",
         QByteArray(R"(<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"><p:c xmlns:p="urn:1" q:x="1" xmlns:q="urn:q"/></p:b></p:a>)"),
         QByteArray()},
        {"prefix only in attributes",
         QByteArray(R"(<a xmlns:x="urn:x" xmlns:y="urn:y"><b x:k="1" y:k="2" k="0"><c x:k="3"/></b></a>)"),
         QByteArray()},
        {"xml attributes", QByteArray(R"(<a xml:lang="en" xml:space="preserve"><b xml:lang="de" xml:id="i"/></a>)"),
         QByteArray("xml")},
        {"escaping",
         QByteArray("<a t=\"&#9;&#10;&#13;&amp;&lt;&gt;&quot;'\">&amp;&lt;&gt;\"'&#13;<![CDATA[<&>]]><?pi  data ?><?empty?></a>"),
         QByteArray()},
        {"utf-8 and sorting",
         QByteArray("<a xmlns:b=\"urn:b\" xmlns:a=\"urn:a\" b:z=\"1\" a:z=\"2\" z=\"0\" \xc3\xa9=\"\xe2\x82\xac\">\xf0\x9f\x98\x80</a>"),
         QByteArray()},
    };
}

} // namespace streaming_test_data
