package org.hrdcasework.coordination;

/** What kind of institution a partner mission is. */
enum PartnerKind {
    EMBASSY, EU_DELEGATION, UN_OFFICE, OTHER
}
