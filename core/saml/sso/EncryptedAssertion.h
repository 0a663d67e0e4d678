#pragma once

#include "core/util/Result.h"
#include "core/xmldsig/XmlDocument.h"

#include <QByteArray>

namespace gatehouse::core::saml::sso {

// XML Encryption of saml:Assertion (SAML core §2.3.4) with xmlsec's xmlenc API (OpenSSL backend).
// Content: aes256-gcm (xmlenc11) when encrypting; decryption accepts aes128/192/256-cbc and -gcm.
// Key transport: rsa-oaep-mgf1p (and xmlenc11 rsa-oaep) both ways; rsa-1_5 is refused (Bleichenbacher
// oracle), as is 3DES. Error codes: saml.encrypt-key, saml.encrypt-failed, saml.decrypt-malformed,
// saml.decrypt-algorithm, saml.decrypt-key, saml.decrypt-failed.
class EncryptedAssertion
{
public:
    // Replaces the (already signed) assertion element of doc with saml:EncryptedAssertion for the
    // certificate's RSA key. The assertion must declare every namespace it uses itself.
    static Result<void> encrypt(xml::XmlDocument& doc, xmlNode* assertion, const QByteArray& recipientCertPem);

    // Decrypts a saml:EncryptedAssertion element (EncryptedKey inside EncryptedData/ds:KeyInfo or as a
    // sibling of EncryptedData) with the unencrypted PEM private key; returns the plaintext XML bytes.
    static Result<QByteArray> decrypt(xmlNode* encryptedAssertion, const QByteArray& privateKeyPem);
};

} // namespace gatehouse::core::saml::sso
