/** The W3C Bitstring Status List: encoding and decoding a list's {@code encodedList}. */
package dk.bif.credentials.status;
