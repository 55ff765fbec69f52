package vn.tdc.portal.document.application;

import java.util.List;

/** A document with its identification, table of contents and sections in reading order. */
public record DocumentDetail(DocumentSummary summary, String signer, String signedFor, List<SectionView> contents,
                             List<SectionView> sections) {
}
