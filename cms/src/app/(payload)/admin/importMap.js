import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CommentThread as CommentThread_f30cf63cfe069d65406cbad77786de67 } from '../../../components/CommentThread'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { LiveStatusField as LiveStatusField_652a8383de158563c6eaf728fffe724d } from '../../../components/LiveStatusField'
import { LiveStatusCell as LiveStatusCell_8575baf2584a817a3b8f039902bf498e } from '../../../components/LiveStatusCell'
import { PreviewShareLinks as PreviewShareLinks_66694685d08359d02274a4bad15c9acd } from '../../../components/PreviewShareLinks'
import { ReviewChecksPanel as ReviewChecksPanel_0727a2f29f7c5bf1eb98d10b986c3c3c } from '../../../components/ReviewChecksPanel'
import { ReviewListFilters as ReviewListFilters_910737b451aede37197eeacd5142113a } from '../../../components/ReviewListFilters'
import { ReviewActions as ReviewActions_f6652ebb724a7a70f8f49c0dc5ccf9c8 } from '../../../components/ReviewActions'
import { RegistrationsExportButton as RegistrationsExportButton_a7ac49bcee06b3c59dab0f201185d5c9 } from '../../../components/RegistrationsExportButton'
import { PublishNoticeButton as PublishNoticeButton_4283b0d91002f4c3f587b797b8287a01 } from '../../../components/PublishNoticeButton'
import { SendDecisionButton as SendDecisionButton_a0fdd7096b6a7eccb0e4a33012a17340 } from '../../../components/SendDecisionButton'
import { TipReplyPanel as TipReplyPanel_ba2a285f474c4feb7b791c1c20609ca1 } from '../../../components/TipReplyPanel'
import { CreateDraftButton as CreateDraftButton_53e0aaad37c7746bacbe4b271c11d29b } from '../../../components/CreateDraftButton'
import { PageFeedbackListLink as PageFeedbackListLink_71cf03370ca8a61701eefe478436e547 } from '../../../components/PageFeedbackListLink'
import { PageFeedbackNavLink as PageFeedbackNavLink_63929eb1bf2d156905f8edb718e13d3f } from '../../../components/PageFeedbackNavLink'
import { InboxCounts as InboxCounts_0807a29baf6c17321cd2eccd9cc5c9ee } from '../../../components/InboxCounts'
import { SitePanel as SitePanel_3f13e320c8a2f8eb2ae03984efae1e0a } from '../../../components/SitePanel'
import { PageFeedbackView as PageFeedbackView_55c7f5a3798755ee34dded0220760def } from '../../../components/PageFeedbackView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/CommentThread#CommentThread": CommentThread_f30cf63cfe069d65406cbad77786de67,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "/components/LiveStatusField#LiveStatusField": LiveStatusField_652a8383de158563c6eaf728fffe724d,
  "/components/LiveStatusCell#LiveStatusCell": LiveStatusCell_8575baf2584a817a3b8f039902bf498e,
  "/components/PreviewShareLinks#PreviewShareLinks": PreviewShareLinks_66694685d08359d02274a4bad15c9acd,
  "/components/ReviewChecksPanel#ReviewChecksPanel": ReviewChecksPanel_0727a2f29f7c5bf1eb98d10b986c3c3c,
  "/components/ReviewListFilters#ReviewListFilters": ReviewListFilters_910737b451aede37197eeacd5142113a,
  "/components/ReviewActions#ReviewActions": ReviewActions_f6652ebb724a7a70f8f49c0dc5ccf9c8,
  "/components/RegistrationsExportButton#RegistrationsExportButton": RegistrationsExportButton_a7ac49bcee06b3c59dab0f201185d5c9,
  "/components/PublishNoticeButton#PublishNoticeButton": PublishNoticeButton_4283b0d91002f4c3f587b797b8287a01,
  "/components/SendDecisionButton#SendDecisionButton": SendDecisionButton_a0fdd7096b6a7eccb0e4a33012a17340,
  "/components/TipReplyPanel#TipReplyPanel": TipReplyPanel_ba2a285f474c4feb7b791c1c20609ca1,
  "/components/CreateDraftButton#CreateDraftButton": CreateDraftButton_53e0aaad37c7746bacbe4b271c11d29b,
  "/components/PageFeedbackListLink#PageFeedbackListLink": PageFeedbackListLink_71cf03370ca8a61701eefe478436e547,
  "/components/PageFeedbackNavLink#PageFeedbackNavLink": PageFeedbackNavLink_63929eb1bf2d156905f8edb718e13d3f,
  "/components/InboxCounts#InboxCounts": InboxCounts_0807a29baf6c17321cd2eccd9cc5c9ee,
  "/components/SitePanel#SitePanel": SitePanel_3f13e320c8a2f8eb2ae03984efae1e0a,
  "/components/PageFeedbackView#PageFeedbackView": PageFeedbackView_55c7f5a3798755ee34dded0220760def,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
