"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation must not import all of
them. Type checkers still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..runtime import Address
    from .a_icall import AIcall
    from .a_icall_assistance_type import AIcallAssistanceType
    from .a_icall_metadata import AIcallMetadata
    from .a_icall_parameter import AIcallParameter
    from .a_icall_reference_type import AIcallReferenceType
    from .a_icall_status import AIcallStatus
    from .accesskey import Accesskey
    from .account_admin import AccountAdmin
    from .account_payment_method import AccountPaymentMethod
    from .account_payment_type import AccountPaymentType
    from .account_plan_status import AccountPlanStatus
    from .account_plan_type import AccountPlanType
    from .account_provider_data import AccountProviderData
    from .account_status import AccountStatus
    from .account_type import AccountType
    from .action import Action
    from .action_option import ActionOption
    from .action_option_ai_summary import ActionOptionAISummary
    from .action_option_ai_talk import ActionOptionAITalk
    from .action_option_ai_task import ActionOptionAITask
    from .action_option_amd import ActionOptionAMD
    from .action_option_amd_machine_handle import ActionOptionAMDMachineHandle
    from .action_option_answer import ActionOptionAnswer
    from .action_option_beep import ActionOptionBeep
    from .action_option_block import ActionOptionBlock
    from .action_option_branch import ActionOptionBranch
    from .action_option_branch_target_ids import ActionOptionBranchTargetIds
    from .action_option_call import ActionOptionCall
    from .action_option_call_anonymous import ActionOptionCallAnonymous
    from .action_option_case_create import ActionOptionCaseCreate
    from .action_option_condition_call_digits import ActionOptionConditionCallDigits
    from .action_option_condition_call_status import ActionOptionConditionCallStatus
    from .action_option_condition_call_status_status import (
        ActionOptionConditionCallStatusStatus,
    )
    from .action_option_condition_datetime import ActionOptionConditionDatetime
    from .action_option_condition_datetime_condition import (
        ActionOptionConditionDatetimeCondition,
    )
    from .action_option_condition_variable import ActionOptionConditionVariable
    from .action_option_condition_variable_condition import (
        ActionOptionConditionVariableCondition,
    )
    from .action_option_condition_variable_value_type import (
        ActionOptionConditionVariableValueType,
    )
    from .action_option_confbridge_join import ActionOptionConfbridgeJoin
    from .action_option_conference_join import ActionOptionConferenceJoin
    from .action_option_connect import ActionOptionConnect
    from .action_option_connect_anonymous import ActionOptionConnectAnonymous
    from .action_option_conversation_send import ActionOptionConversationSend
    from .action_option_digits_receive import ActionOptionDigitsReceive
    from .action_option_digits_send import ActionOptionDigitsSend
    from .action_option_echo import ActionOptionEcho
    from .action_option_email_send import ActionOptionEmailSend
    from .action_option_empty import ActionOptionEmpty
    from .action_option_external_media_start import ActionOptionExternalMediaStart
    from .action_option_external_media_stop import ActionOptionExternalMediaStop
    from .action_option_fetch import ActionOptionFetch
    from .action_option_fetch_flow import ActionOptionFetchFlow
    from .action_option_goto import ActionOptionGoto
    from .action_option_hangup import ActionOptionHangup
    from .action_option_message_send import ActionOptionMessageSend
    from .action_option_mute import ActionOptionMute
    from .action_option_play import ActionOptionPlay
    from .action_option_queue_join import ActionOptionQueueJoin
    from .action_option_recording_start import ActionOptionRecordingStart
    from .action_option_recording_stop import ActionOptionRecordingStop
    from .action_option_sleep import ActionOptionSleep
    from .action_option_stop import ActionOptionStop
    from .action_option_stream_echo import ActionOptionStreamEcho
    from .action_option_talk import ActionOptionTalk
    from .action_option_talk_digits_handle import ActionOptionTalkDigitsHandle
    from .action_option_transcribe_recording import ActionOptionTranscribeRecording
    from .action_option_transcribe_start import ActionOptionTranscribeStart
    from .action_option_transcribe_stop import ActionOptionTranscribeStop
    from .action_option_variable_set import ActionOptionVariableSet
    from .action_option_webhook_send import ActionOptionWebhookSend
    from .action_option_webhook_send_method import ActionOptionWebhookSendMethod
    from .action_type import ActionType
    from .activeflow import Activeflow
    from .activeflow_status import ActiveflowStatus
    from .address_type import AddressType
    from .agent import Agent
    from .agent_permission import AgentPermission
    from .agent_ring_method import AgentRingMethod
    from .agent_status import AgentStatus
    from .ai import AI
    from .ai_audit import AIAudit
    from .ai_audit_evaluation import AIAuditEvaluation
    from .ai_audit_status import AIAuditStatus
    from .ai_audits_created import AIAuditsCreated
    from .ai_engine_model import AIEngineModel
    from .ai_message import AIMessage
    from .ai_message_direction import AIMessageDirection
    from .ai_parameter import AIParameter
    from .ai_participant import AIParticipant
    from .ai_prompt_history import AIPromptHistory
    from .ai_prompt_proposal import AIPromptProposal
    from .ai_prompt_proposal_status import AIPromptProposalStatus
    from .ai_type import AIType
    from .aistt_type import AISTTType
    from .aitts_type import AITTSType
    from .analysis import Analysis
    from .analysis_result import AnalysisResult
    from .analysis_status import AnalysisStatus
    from .auth_boot_response import AuthBootResponse
    from .auth_boot_response_resource_data import AuthBootResponseResourceData
    from .auth_boot_response_type import AuthBootResponseType
    from .auth_delegate_response import AuthDelegateResponse
    from .auth_type import AuthType
    from .available_number import AvailableNumber
    from .available_number_feature import AvailableNumberFeature
    from .billing import Billing
    from .billing_account import BillingAccount
    from .billing_cost_type import BillingCostType
    from .billing_status import BillingStatus
    from .billing_transaction_type import BillingTransactionType
    from .billingreference_type import BillingreferenceType
    from .call import Call
    from .call_direction import CallDirection
    from .call_hangup_by import CallHangupBy
    from .call_hangup_reason import CallHangupReason
    from .call_metadata import CallMetadata
    from .call_mute_direction import CallMuteDirection
    from .call_status import CallStatus
    from .call_type import CallType
    from .calls_created import CallsCreated
    from .campaign import Campaign
    from .campaign_end_handle import CampaignEndHandle
    from .campaign_execute import CampaignExecute
    from .campaign_status import CampaignStatus
    from .campaign_type import CampaignType
    from .campaigncall import Campaigncall
    from .campaigncall_reference_type import CampaigncallReferenceType
    from .campaigncall_result import CampaigncallResult
    from .campaigncall_status import CampaigncallStatus
    from .case import Case
    from .case_list_response import CaseListResponse
    from .case_note import CaseNote
    from .case_note_author_type import CaseNoteAuthorType
    from .case_note_deleted import CaseNoteDeleted
    from .case_note_list_response import CaseNoteListResponse
    from .case_status import CaseStatus
    from .conference import Conference
    from .conference_data import ConferenceData
    from .conference_status import ConferenceStatus
    from .conference_type import ConferenceType
    from .conferencecall import Conferencecall
    from .conferencecall_reference_type import ConferencecallReferenceType
    from .conferencecall_status import ConferencecallStatus
    from .contact import Contact
    from .contact_address import ContactAddress
    from .contact_source import ContactSource
    from .conversation import Conversation
    from .conversation_account import ConversationAccount
    from .conversation_media import ConversationMedia
    from .conversation_media_type import ConversationMediaType
    from .conversation_message import ConversationMessage
    from .conversation_message_direction import ConversationMessageDirection
    from .conversation_message_status import ConversationMessageStatus
    from .conversation_type import ConversationType
    from .customer import Customer
    from .customer_admin import CustomerAdmin
    from .customer_identity_verification_status import (
        CustomerIdentityVerificationStatus,
    )
    from .customer_metadata import CustomerMetadata
    from .customer_status import CustomerStatus
    from .customer_webhook_method import CustomerWebhookMethod
    from .delete_calls_id_mute_body import DeleteCallsIdMuteBody
    from .email import Email
    from .email_attachment import EmailAttachment
    from .email_attachment_reference_type import EmailAttachmentReferenceType
    from .email_status import EmailStatus
    from .email_verify_result import EmailVerifyResult
    from .error_body import ErrorBody
    from .error_body_details_item import ErrorBodyDetailsItem
    from .error_body_status import ErrorBodyStatus
    from .error_response import ErrorResponse
    from .event_data import EventData
    from .extension import Extension
    from .external_media import ExternalMedia
    from .external_media_direction_listen import ExternalMediaDirectionListen
    from .external_media_direction_speak import ExternalMediaDirectionSpeak
    from .external_media_encapsulation import ExternalMediaEncapsulation
    from .external_media_reference_type import ExternalMediaReferenceType
    from .external_media_status import ExternalMediaStatus
    from .external_media_transport import ExternalMediaTransport
    from .file_reference_type import FileReferenceType
    from .file_type import FileType
    from .flow import Flow
    from .flow_type import FlowType
    from .get_accesskeys_response_200 import GetAccesskeysResponse200
    from .get_activeflows_response_200 import GetActiveflowsResponse200
    from .get_agents_response_200 import GetAgentsResponse200
    from .get_aggregated_events_response_200 import GetAggregatedEventsResponse200
    from .get_aiaudits_response_200 import GetAiauditsResponse200
    from .get_aicalls_id_participants_response_200 import (
        GetAicallsIdParticipantsResponse200,
    )
    from .get_aicalls_response_200 import GetAicallsResponse200
    from .get_aimessages_response_200 import GetAimessagesResponse200
    from .get_aipromptproposals_response_200 import GetAipromptproposalsResponse200
    from .get_ais_id_participants_response_200 import GetAisIdParticipantsResponse200
    from .get_ais_id_prompt_histories_response_200 import (
        GetAisIdPromptHistoriesResponse200,
    )
    from .get_ais_response_200 import GetAisResponse200
    from .get_aisummaries_response_200 import GetAisummariesResponse200
    from .get_available_numbers_response_200 import GetAvailableNumbersResponse200
    from .get_billing_accounts_response_200 import GetBillingAccountsResponse200
    from .get_billings_response_200 import GetBillingsResponse200
    from .get_calls_response_200 import GetCallsResponse200
    from .get_campaigncalls_response_200 import GetCampaigncallsResponse200
    from .get_campaigns_id_campaigncalls_response_200 import (
        GetCampaignsIdCampaigncallsResponse200,
    )
    from .get_campaigns_response_200 import GetCampaignsResponse200
    from .get_conferencecalls_response_200 import GetConferencecallsResponse200
    from .get_conferences_response_200 import GetConferencesResponse200
    from .get_contact_addresses_type import GetContactAddressesType
    from .get_contact_cases_status import GetContactCasesStatus
    from .get_contacts_response_200 import GetContactsResponse200
    from .get_conversation_accounts_response_200 import (
        GetConversationAccountsResponse200,
    )
    from .get_conversations_body import GetConversationsBody
    from .get_conversations_body_type import GetConversationsBodyType
    from .get_conversations_id_messages_response_200 import (
        GetConversationsIdMessagesResponse200,
    )
    from .get_conversations_response_200 import GetConversationsResponse200
    from .get_customers_response_200 import GetCustomersResponse200
    from .get_emails_response_200 import GetEmailsResponse200
    from .get_extensions_response_200 import GetExtensionsResponse200
    from .get_flows_response_200 import GetFlowsResponse200
    from .get_groupcalls_response_200 import GetGroupcallsResponse200
    from .get_messages_response_200 import GetMessagesResponse200
    from .get_numbers_response_200 import GetNumbersResponse200
    from .get_outdials_id_targets_response_200 import GetOutdialsIdTargetsResponse200
    from .get_outdials_response_200 import GetOutdialsResponse200
    from .get_outplans_response_200 import GetOutplansResponse200
    from .get_providercalls_response_200 import GetProvidercallsResponse200
    from .get_providers_response_200 import GetProvidersResponse200
    from .get_queuecalls_response_200 import GetQueuecallsResponse200
    from .get_queues_response_200 import GetQueuesResponse200
    from .get_rags_response_200 import GetRagsResponse200
    from .get_recordings_response_200 import GetRecordingsResponse200
    from .get_routes_response_200 import GetRoutesResponse200
    from .get_service_agents_agents_response_200 import (
        GetServiceAgentsAgentsResponse200,
    )
    from .get_service_agents_aicalls_response_200 import (
        GetServiceAgentsAicallsResponse200,
    )
    from .get_service_agents_aimessages_response_200 import (
        GetServiceAgentsAimessagesResponse200,
    )
    from .get_service_agents_calls_response_200 import GetServiceAgentsCallsResponse200
    from .get_service_agents_contact_addresses_type import (
        GetServiceAgentsContactAddressesType,
    )
    from .get_service_agents_contact_cases_response_200 import (
        GetServiceAgentsContactCasesResponse200,
    )
    from .get_service_agents_contacts_response_200 import (
        GetServiceAgentsContactsResponse200,
    )
    from .get_service_agents_conversations_id_messages_response_200 import (
        GetServiceAgentsConversationsIdMessagesResponse200,
    )
    from .get_service_agents_conversations_response_200 import (
        GetServiceAgentsConversationsResponse200,
    )
    from .get_service_agents_extensions_response_200 import (
        GetServiceAgentsExtensionsResponse200,
    )
    from .get_service_agents_files_response_200 import GetServiceAgentsFilesResponse200
    from .get_service_agents_tags_response_200 import GetServiceAgentsTagsResponse200
    from .get_service_agents_talk_channels_response_200 import (
        GetServiceAgentsTalkChannelsResponse200,
    )
    from .get_service_agents_talk_chats_response_200 import (
        GetServiceAgentsTalkChatsResponse200,
    )
    from .get_service_agents_talk_messages_response_200 import (
        GetServiceAgentsTalkMessagesResponse200,
    )
    from .get_service_agents_transcribes_response_200 import (
        GetServiceAgentsTranscribesResponse200,
    )
    from .get_service_agents_transcripts_response_200 import (
        GetServiceAgentsTranscriptsResponse200,
    )
    from .get_speakings_response_200 import GetSpeakingsResponse200
    from .get_storage_accounts_response_200 import GetStorageAccountsResponse200
    from .get_storage_files_response_200 import GetStorageFilesResponse200
    from .get_tags_response_200 import GetTagsResponse200
    from .get_teams_response_200 import GetTeamsResponse200
    from .get_timeline_analyses_response_200 import GetTimelineAnalysesResponse200
    from .get_timelines_resource_type_resource_id_events_resource_type import (
        GetTimelinesResourceTypeResourceIdEventsResourceType,
    )
    from .get_timelines_resource_type_resource_id_events_response_200 import (
        GetTimelinesResourceTypeResourceIdEventsResponse200,
    )
    from .get_transcribes_response_200 import GetTranscribesResponse200
    from .get_transcripts_response_200 import GetTranscriptsResponse200
    from .get_trunks_response_200 import GetTrunksResponse200
    from .get_webchat_messages_response_200 import GetWebchatMessagesResponse200
    from .get_webchat_sessions_response_200 import GetWebchatSessionsResponse200
    from .get_webchat_widgets_response_200 import GetWebchatWidgetsResponse200
    from .groupcall import Groupcall
    from .groupcall_answer_method import GroupcallAnswerMethod
    from .groupcall_ring_method import GroupcallRingMethod
    from .groupcall_status import GroupcallStatus
    from .message import Message
    from .message_message_direction import MessageMessageDirection
    from .message_message_type import MessageMessageType
    from .message_provider_name import MessageProviderName
    from .message_reference_type import MessageReferenceType
    from .message_role import MessageRole
    from .message_tool_calls_item import MessageToolCallsItem
    from .message_tool_calls_item_function import MessageToolCallsItemFunction
    from .new_contact_address import NewContactAddress
    from .number import Number
    from .number_metadata import NumberMetadata
    from .number_provider_name import NumberProviderName
    from .number_status import NumberStatus
    from .number_type import NumberType
    from .outbound_config import OutboundConfig
    from .outbound_config_list import OutboundConfigList
    from .outbound_config_update_request import OutboundConfigUpdateRequest
    from .outdial import Outdial
    from .outdialtarget import Outdialtarget
    from .outdialtarget_status import OutdialtargetStatus
    from .outplan import Outplan
    from .paddle_portal_session import PaddlePortalSession
    from .pagination import Pagination
    from .participant_input import ParticipantInput
    from .password_forgot_accepted import PasswordForgotAccepted
    from .password_reset_done import PasswordResetDone
    from .peer_event import PeerEvent
    from .peer_event_data import PeerEventData
    from .peer_event_direction import PeerEventDirection
    from .peer_event_list_response import PeerEventListResponse
    from .peer_event_publisher import PeerEventPublisher
    from .post_accesskeys_body import PostAccesskeysBody
    from .post_activeflows_body import PostActiveflowsBody
    from .post_activeflows_body_variables import PostActiveflowsBodyVariables
    from .post_agents_body import PostAgentsBody
    from .post_aiaudits_body import PostAiauditsBody
    from .post_aicalls_body import PostAicallsBody
    from .post_aimessages_body import PostAimessagesBody
    from .post_aipromptproposals_body import PostAipromptproposalsBody
    from .post_ais_body import PostAisBody
    from .post_ais_body_parameter import PostAisBodyParameter
    from .post_ais_body_type import PostAisBodyType
    from .post_aisummaries_body import PostAisummariesBody
    from .post_auth_delegate_body import PostAuthDelegateBody
    from .post_billing_accounts_id_balance_add_force_body import (
        PostBillingAccountsIdBalanceAddForceBody,
    )
    from .post_billing_accounts_id_balance_subtract_force_body import (
        PostBillingAccountsIdBalanceSubtractForceBody,
    )
    from .post_calls_body import PostCallsBody
    from .post_calls_body_anonymous import PostCallsBodyAnonymous
    from .post_calls_body_variables import PostCallsBodyVariables
    from .post_calls_id_mute_body import PostCallsIdMuteBody
    from .post_calls_id_recording_start_body import PostCallsIdRecordingStartBody
    from .post_calls_id_recording_start_body_format import (
        PostCallsIdRecordingStartBodyFormat,
    )
    from .post_calls_id_talk_body import PostCallsIdTalkBody
    from .post_campaigns_body import PostCampaignsBody
    from .post_conferences_body import PostConferencesBody
    from .post_conferences_body_data import PostConferencesBodyData
    from .post_conferences_id_recording_start_body import (
        PostConferencesIdRecordingStartBody,
    )
    from .post_conferences_id_recording_start_body_format import (
        PostConferencesIdRecordingStartBodyFormat,
    )
    from .post_conferences_id_transcribe_start_body import (
        PostConferencesIdTranscribeStartBody,
    )
    from .post_contact_addresses_body import PostContactAddressesBody
    from .post_contact_addresses_body_type import PostContactAddressesBodyType
    from .post_contact_addresses_id_claim_body import PostContactAddressesIdClaimBody
    from .post_contact_cases_id_messages_body import PostContactCasesIdMessagesBody
    from .post_contact_cases_id_notes_body import PostContactCasesIdNotesBody
    from .post_contact_cases_id_notes_body_author_type import (
        PostContactCasesIdNotesBodyAuthorType,
    )
    from .post_contacts_body import PostContactsBody
    from .post_contacts_body_source import PostContactsBodySource
    from .post_contacts_id_addresses_body import PostContactsIdAddressesBody
    from .post_contacts_id_addresses_body_type import PostContactsIdAddressesBodyType
    from .post_contacts_id_tags_body import PostContactsIdTagsBody
    from .post_conversation_accounts_body import PostConversationAccountsBody
    from .post_conversations_id_messages_body import PostConversationsIdMessagesBody
    from .post_customers_body import PostCustomersBody
    from .post_emails_body import PostEmailsBody
    from .post_extensions_body import PostExtensionsBody
    from .post_flows_body import PostFlowsBody
    from .post_groupcalls_body import PostGroupcallsBody
    from .post_messages_body import PostMessagesBody
    from .post_numbers_body import PostNumbersBody
    from .post_numbers_renew_body import PostNumbersRenewBody
    from .post_outdials_body import PostOutdialsBody
    from .post_outdials_id_targets_body import PostOutdialsIdTargetsBody
    from .post_outplans_body import PostOutplansBody
    from .post_providercalls_body import PostProvidercallsBody
    from .post_providercalls_body_anonymous import PostProvidercallsBodyAnonymous
    from .post_providers_body import PostProvidersBody
    from .post_providers_body_tech_headers import PostProvidersBodyTechHeaders
    from .post_queues_body import PostQueuesBody
    from .post_rags_body import PostRagsBody
    from .post_rags_id_sources_body import PostRagsIdSourcesBody
    from .post_routes_body import PostRoutesBody
    from .post_service_agents_aicalls_body import PostServiceAgentsAicallsBody
    from .post_service_agents_aimessages_body import PostServiceAgentsAimessagesBody
    from .post_service_agents_contact_addresses_body import (
        PostServiceAgentsContactAddressesBody,
    )
    from .post_service_agents_contact_addresses_body_type import (
        PostServiceAgentsContactAddressesBodyType,
    )
    from .post_service_agents_contact_addresses_id_claim_body import (
        PostServiceAgentsContactAddressesIdClaimBody,
    )
    from .post_service_agents_contact_cases_id_assign_body import (
        PostServiceAgentsContactCasesIdAssignBody,
    )
    from .post_service_agents_contact_cases_id_notes_body import (
        PostServiceAgentsContactCasesIdNotesBody,
    )
    from .post_service_agents_contacts_body import PostServiceAgentsContactsBody
    from .post_service_agents_contacts_body_source import (
        PostServiceAgentsContactsBodySource,
    )
    from .post_service_agents_contacts_id_addresses_body import (
        PostServiceAgentsContactsIdAddressesBody,
    )
    from .post_service_agents_contacts_id_addresses_body_type import (
        PostServiceAgentsContactsIdAddressesBodyType,
    )
    from .post_service_agents_contacts_id_tags_body import (
        PostServiceAgentsContactsIdTagsBody,
    )
    from .post_service_agents_conversations_id_messages_body import (
        PostServiceAgentsConversationsIdMessagesBody,
    )
    from .post_service_agents_files_body import PostServiceAgentsFilesBody
    from .post_service_agents_files_body_type import PostServiceAgentsFilesBodyType
    from .post_service_agents_talk_chats_body import PostServiceAgentsTalkChatsBody
    from .post_service_agents_talk_chats_id_participants_body import (
        PostServiceAgentsTalkChatsIdParticipantsBody,
    )
    from .post_service_agents_talk_messages_body import (
        PostServiceAgentsTalkMessagesBody,
    )
    from .post_service_agents_talk_messages_id_reactions_body import (
        PostServiceAgentsTalkMessagesIdReactionsBody,
    )
    from .post_service_agents_transcribes_body import PostServiceAgentsTranscribesBody
    from .post_speakings_body import PostSpeakingsBody
    from .post_speakings_id_say_body import PostSpeakingsIdSayBody
    from .post_storage_accounts_body import PostStorageAccountsBody
    from .post_storage_files_body import PostStorageFilesBody
    from .post_storage_files_body_type import PostStorageFilesBodyType
    from .post_tags_body import PostTagsBody
    from .post_teams_body import PostTeamsBody
    from .post_teams_body_parameter import PostTeamsBodyParameter
    from .post_timeline_analyses_body import PostTimelineAnalysesBody
    from .post_transcribes_body import PostTranscribesBody
    from .post_transfers_body import PostTransfersBody
    from .post_trunks_body import PostTrunksBody
    from .post_webchat_messages_body import PostWebchatMessagesBody
    from .post_webchat_sessions_body import PostWebchatSessionsBody
    from .post_webchat_widgets_body import PostWebchatWidgetsBody
    from .prompt_snapshot import PromptSnapshot
    from .provider import Provider
    from .provider_call import ProviderCall
    from .provider_call_anonymous import ProviderCallAnonymous
    from .provider_health_status import ProviderHealthStatus
    from .provider_metadata import ProviderMetadata
    from .provider_setup_request import ProviderSetupRequest
    from .provider_setup_request_carrier import ProviderSetupRequestCarrier
    from .provider_setup_request_credentials import ProviderSetupRequestCredentials
    from .provider_tech_headers import ProviderTechHeaders
    from .provider_type import ProviderType
    from .put_accesskeys_id_body import PutAccesskeysIdBody
    from .put_agents_id_addresses_body import PutAgentsIdAddressesBody
    from .put_agents_id_body import PutAgentsIdBody
    from .put_agents_id_password_body import PutAgentsIdPasswordBody
    from .put_agents_id_permission_body import PutAgentsIdPermissionBody
    from .put_agents_id_status_body import PutAgentsIdStatusBody
    from .put_agents_id_tag_ids_body import PutAgentsIdTagIdsBody
    from .put_ais_id_body import PutAisIdBody
    from .put_ais_id_body_parameter import PutAisIdBodyParameter
    from .put_ais_id_body_type import PutAisIdBodyType
    from .put_billing_account_body import PutBillingAccountBody
    from .put_billing_account_payment_info_body import PutBillingAccountPaymentInfoBody
    from .put_billing_accounts_id_body import PutBillingAccountsIdBody
    from .put_billing_accounts_id_payment_info_body import (
        PutBillingAccountsIdPaymentInfoBody,
    )
    from .put_campaigns_id_actions_body import PutCampaignsIdActionsBody
    from .put_campaigns_id_body import PutCampaignsIdBody
    from .put_campaigns_id_next_campaign_id_body import PutCampaignsIdNextCampaignIdBody
    from .put_campaigns_id_resource_info_body import PutCampaignsIdResourceInfoBody
    from .put_campaigns_id_service_level_body import PutCampaignsIdServiceLevelBody
    from .put_campaigns_id_status_body import PutCampaignsIdStatusBody
    from .put_conferences_id_body import PutConferencesIdBody
    from .put_conferences_id_body_data import PutConferencesIdBodyData
    from .put_contact_addresses_id_body import PutContactAddressesIdBody
    from .put_contact_cases_id_body import PutContactCasesIdBody
    from .put_contacts_id_addresses_address_id_body import (
        PutContactsIdAddressesAddressIdBody,
    )
    from .put_contacts_id_body import PutContactsIdBody
    from .put_conversation_accounts_id_body import PutConversationAccountsIdBody
    from .put_conversations_id_body import PutConversationsIdBody
    from .put_customer_billing_account_id_body import PutCustomerBillingAccountIdBody
    from .put_customer_body import PutCustomerBody
    from .put_customer_metadata_body import PutCustomerMetadataBody
    from .put_customers_id_billing_account_id_body import (
        PutCustomersIdBillingAccountIdBody,
    )
    from .put_customers_id_body import PutCustomersIdBody
    from .put_customers_id_metadata_body import PutCustomersIdMetadataBody
    from .put_extensions_id_body import PutExtensionsIdBody
    from .put_flows_id_body import PutFlowsIdBody
    from .put_numbers_id_body import PutNumbersIdBody
    from .put_numbers_id_flow_ids_body import PutNumbersIdFlowIdsBody
    from .put_numbers_id_metadata_body import PutNumbersIdMetadataBody
    from .put_outdials_id_body import PutOutdialsIdBody
    from .put_outdials_id_campaign_id_body import PutOutdialsIdCampaignIdBody
    from .put_outdials_id_data_body import PutOutdialsIdDataBody
    from .put_outplans_id_body import PutOutplansIdBody
    from .put_outplans_id_dial_info_body import PutOutplansIdDialInfoBody
    from .put_providers_id_body import PutProvidersIdBody
    from .put_providers_id_body_tech_headers import PutProvidersIdBodyTechHeaders
    from .put_queues_id_body import PutQueuesIdBody
    from .put_queues_id_routing_method_body import PutQueuesIdRoutingMethodBody
    from .put_queues_id_tag_ids_body import PutQueuesIdTagIdsBody
    from .put_rags_id_body import PutRagsIdBody
    from .put_routes_id_body import PutRoutesIdBody
    from .put_service_agents_contact_addresses_id_body import (
        PutServiceAgentsContactAddressesIdBody,
    )
    from .put_service_agents_contact_cases_id_body import (
        PutServiceAgentsContactCasesIdBody,
    )
    from .put_service_agents_contacts_id_addresses_address_id_body import (
        PutServiceAgentsContactsIdAddressesAddressIdBody,
    )
    from .put_service_agents_contacts_id_body import PutServiceAgentsContactsIdBody
    from .put_service_agents_conversations_id_body import (
        PutServiceAgentsConversationsIdBody,
    )
    from .put_service_agents_me_addresses_body import PutServiceAgentsMeAddressesBody
    from .put_service_agents_me_body import PutServiceAgentsMeBody
    from .put_service_agents_me_password_body import PutServiceAgentsMePasswordBody
    from .put_service_agents_me_status_body import PutServiceAgentsMeStatusBody
    from .put_service_agents_talk_chats_id_body import PutServiceAgentsTalkChatsIdBody
    from .put_tags_id_body import PutTagsIdBody
    from .put_teams_id_body import PutTeamsIdBody
    from .put_teams_id_body_parameter import PutTeamsIdBodyParameter
    from .put_trunks_id_body import PutTrunksIdBody
    from .put_webchat_widgets_id_body import PutWebchatWidgetsIdBody
    from .queue import Queue
    from .queue_routing_method import QueueRoutingMethod
    from .queuecall import Queuecall
    from .queuecall_reference_type import QueuecallReferenceType
    from .queuecall_status import QueuecallStatus
    from .rag import Rag
    from .rag_document_status import RagDocumentStatus
    from .rag_source import RagSource
    from .reaction import Reaction
    from .recording import Recording
    from .recording_format import RecordingFormat
    from .recording_reference_type import RecordingReferenceType
    from .recording_status import RecordingStatus
    from .reference_type import ReferenceType
    from .request_body_auth_boot_post import RequestBodyAuthBootPOST
    from .request_body_auth_email_verify_post import RequestBodyAuthEmailVerifyPOST
    from .request_body_auth_password_forgot_post import (
        RequestBodyAuthPasswordForgotPOST,
    )
    from .request_body_auth_password_reset_post import RequestBodyAuthPasswordResetPOST
    from .request_body_auth_signup_post import RequestBodyAuthSignupPOST
    from .request_body_auth_unregister_post import RequestBodyAuthUnregisterPOST
    from .route import Route
    from .session import Session
    from .session_status import SessionStatus
    from .signup_result import SignupResult
    from .sip_analysis import SipAnalysis
    from .sip_analysis_rtcp_stats import SipAnalysisRtcpStats
    from .sip_analysis_sip_messages_item import SipAnalysisSipMessagesItem
    from .speaking import Speaking
    from .speaking_direction import SpeakingDirection
    from .speaking_reference_type import SpeakingReferenceType
    from .speaking_status import SpeakingStatus
    from .speech_webhook_message import SpeechWebhookMessage
    from .storage_account import StorageAccount
    from .storage_file import StorageFile
    from .summary import Summary
    from .summary_reference_type import SummaryReferenceType
    from .summary_status import SummaryStatus
    from .tag import Tag
    from .talk import Talk
    from .talk_media import TalkMedia
    from .talk_media_type import TalkMediaType
    from .talk_message import TalkMessage
    from .talk_message_type import TalkMessageType
    from .talk_metadata import TalkMetadata
    from .talk_participant import TalkParticipant
    from .talk_type import TalkType
    from .target import Target
    from .target_status import TargetStatus
    from .team import Team
    from .team_member import TeamMember
    from .team_parameter import TeamParameter
    from .team_transition import TeamTransition
    from .timeline_event import TimelineEvent
    from .tool_name import ToolName
    from .transcribe import Transcribe
    from .transcribe_direction import TranscribeDirection
    from .transcribe_provider import TranscribeProvider
    from .transcribe_reference_type import TranscribeReferenceType
    from .transcribe_status import TranscribeStatus
    from .transcript import Transcript
    from .transcript_direction import TranscriptDirection
    from .transfer import Transfer
    from .transfer_type import TransferType
    from .trunk import Trunk
    from .vad_config import VADConfig
    from .webchat_message import WebchatMessage
    from .webchat_message_direction import WebchatMessageDirection
    from .webchat_message_status import WebchatMessageStatus
    from .webhook_method import WebhookMethod
    from .widget import Widget
    from .widget_position import WidgetPosition
    from .widget_status import WidgetStatus
    from .widget_theme_config import WidgetThemeConfig
    from .widget_theme_config_border_radius import WidgetThemeConfigBorderRadius
    from .widget_theme_config_font_size import WidgetThemeConfigFontSize
    from .widget_theme_mode import WidgetThemeMode

_MODULE_OF = {
    "AIcall": ".a_icall",
    "AIcallAssistanceType": ".a_icall_assistance_type",
    "AIcallMetadata": ".a_icall_metadata",
    "AIcallParameter": ".a_icall_parameter",
    "AIcallReferenceType": ".a_icall_reference_type",
    "AIcallStatus": ".a_icall_status",
    "Accesskey": ".accesskey",
    "AccountAdmin": ".account_admin",
    "AccountPaymentMethod": ".account_payment_method",
    "AccountPaymentType": ".account_payment_type",
    "AccountPlanStatus": ".account_plan_status",
    "AccountPlanType": ".account_plan_type",
    "AccountProviderData": ".account_provider_data",
    "AccountStatus": ".account_status",
    "AccountType": ".account_type",
    "Action": ".action",
    "ActionOption": ".action_option",
    "ActionOptionAISummary": ".action_option_ai_summary",
    "ActionOptionAITalk": ".action_option_ai_talk",
    "ActionOptionAITask": ".action_option_ai_task",
    "ActionOptionAMD": ".action_option_amd",
    "ActionOptionAMDMachineHandle": ".action_option_amd_machine_handle",
    "ActionOptionAnswer": ".action_option_answer",
    "ActionOptionBeep": ".action_option_beep",
    "ActionOptionBlock": ".action_option_block",
    "ActionOptionBranch": ".action_option_branch",
    "ActionOptionBranchTargetIds": ".action_option_branch_target_ids",
    "ActionOptionCall": ".action_option_call",
    "ActionOptionCallAnonymous": ".action_option_call_anonymous",
    "ActionOptionCaseCreate": ".action_option_case_create",
    "ActionOptionConditionCallDigits": ".action_option_condition_call_digits",
    "ActionOptionConditionCallStatus": ".action_option_condition_call_status",
    "ActionOptionConditionCallStatusStatus": ".action_option_condition_call_status_status",
    "ActionOptionConditionDatetime": ".action_option_condition_datetime",
    "ActionOptionConditionDatetimeCondition": ".action_option_condition_datetime_condition",
    "ActionOptionConditionVariable": ".action_option_condition_variable",
    "ActionOptionConditionVariableCondition": ".action_option_condition_variable_condition",
    "ActionOptionConditionVariableValueType": ".action_option_condition_variable_value_type",
    "ActionOptionConfbridgeJoin": ".action_option_confbridge_join",
    "ActionOptionConferenceJoin": ".action_option_conference_join",
    "ActionOptionConnect": ".action_option_connect",
    "ActionOptionConnectAnonymous": ".action_option_connect_anonymous",
    "ActionOptionConversationSend": ".action_option_conversation_send",
    "ActionOptionDigitsReceive": ".action_option_digits_receive",
    "ActionOptionDigitsSend": ".action_option_digits_send",
    "ActionOptionEcho": ".action_option_echo",
    "ActionOptionEmailSend": ".action_option_email_send",
    "ActionOptionEmpty": ".action_option_empty",
    "ActionOptionExternalMediaStart": ".action_option_external_media_start",
    "ActionOptionExternalMediaStop": ".action_option_external_media_stop",
    "ActionOptionFetch": ".action_option_fetch",
    "ActionOptionFetchFlow": ".action_option_fetch_flow",
    "ActionOptionGoto": ".action_option_goto",
    "ActionOptionHangup": ".action_option_hangup",
    "ActionOptionMessageSend": ".action_option_message_send",
    "ActionOptionMute": ".action_option_mute",
    "ActionOptionPlay": ".action_option_play",
    "ActionOptionQueueJoin": ".action_option_queue_join",
    "ActionOptionRecordingStart": ".action_option_recording_start",
    "ActionOptionRecordingStop": ".action_option_recording_stop",
    "ActionOptionSleep": ".action_option_sleep",
    "ActionOptionStop": ".action_option_stop",
    "ActionOptionStreamEcho": ".action_option_stream_echo",
    "ActionOptionTalk": ".action_option_talk",
    "ActionOptionTalkDigitsHandle": ".action_option_talk_digits_handle",
    "ActionOptionTranscribeRecording": ".action_option_transcribe_recording",
    "ActionOptionTranscribeStart": ".action_option_transcribe_start",
    "ActionOptionTranscribeStop": ".action_option_transcribe_stop",
    "ActionOptionVariableSet": ".action_option_variable_set",
    "ActionOptionWebhookSend": ".action_option_webhook_send",
    "ActionOptionWebhookSendMethod": ".action_option_webhook_send_method",
    "ActionType": ".action_type",
    "Activeflow": ".activeflow",
    "ActiveflowStatus": ".activeflow_status",
    "Address": "..runtime",
    "AddressType": ".address_type",
    "Agent": ".agent",
    "AgentPermission": ".agent_permission",
    "AgentRingMethod": ".agent_ring_method",
    "AgentStatus": ".agent_status",
    "AI": ".ai",
    "AIAudit": ".ai_audit",
    "AIAuditEvaluation": ".ai_audit_evaluation",
    "AIAuditStatus": ".ai_audit_status",
    "AIAuditsCreated": ".ai_audits_created",
    "AIEngineModel": ".ai_engine_model",
    "AIMessage": ".ai_message",
    "AIMessageDirection": ".ai_message_direction",
    "AIParameter": ".ai_parameter",
    "AIParticipant": ".ai_participant",
    "AIPromptHistory": ".ai_prompt_history",
    "AIPromptProposal": ".ai_prompt_proposal",
    "AIPromptProposalStatus": ".ai_prompt_proposal_status",
    "AIType": ".ai_type",
    "AISTTType": ".aistt_type",
    "AITTSType": ".aitts_type",
    "Analysis": ".analysis",
    "AnalysisResult": ".analysis_result",
    "AnalysisStatus": ".analysis_status",
    "AuthBootResponse": ".auth_boot_response",
    "AuthBootResponseResourceData": ".auth_boot_response_resource_data",
    "AuthBootResponseType": ".auth_boot_response_type",
    "AuthDelegateResponse": ".auth_delegate_response",
    "AuthType": ".auth_type",
    "AvailableNumber": ".available_number",
    "AvailableNumberFeature": ".available_number_feature",
    "Billing": ".billing",
    "BillingAccount": ".billing_account",
    "BillingCostType": ".billing_cost_type",
    "BillingStatus": ".billing_status",
    "BillingTransactionType": ".billing_transaction_type",
    "BillingreferenceType": ".billingreference_type",
    "Call": ".call",
    "CallDirection": ".call_direction",
    "CallHangupBy": ".call_hangup_by",
    "CallHangupReason": ".call_hangup_reason",
    "CallMetadata": ".call_metadata",
    "CallMuteDirection": ".call_mute_direction",
    "CallStatus": ".call_status",
    "CallType": ".call_type",
    "CallsCreated": ".calls_created",
    "Campaign": ".campaign",
    "CampaignEndHandle": ".campaign_end_handle",
    "CampaignExecute": ".campaign_execute",
    "CampaignStatus": ".campaign_status",
    "CampaignType": ".campaign_type",
    "Campaigncall": ".campaigncall",
    "CampaigncallReferenceType": ".campaigncall_reference_type",
    "CampaigncallResult": ".campaigncall_result",
    "CampaigncallStatus": ".campaigncall_status",
    "Case": ".case",
    "CaseListResponse": ".case_list_response",
    "CaseNote": ".case_note",
    "CaseNoteAuthorType": ".case_note_author_type",
    "CaseNoteDeleted": ".case_note_deleted",
    "CaseNoteListResponse": ".case_note_list_response",
    "CaseStatus": ".case_status",
    "Conference": ".conference",
    "ConferenceData": ".conference_data",
    "ConferenceStatus": ".conference_status",
    "ConferenceType": ".conference_type",
    "Conferencecall": ".conferencecall",
    "ConferencecallReferenceType": ".conferencecall_reference_type",
    "ConferencecallStatus": ".conferencecall_status",
    "Contact": ".contact",
    "ContactAddress": ".contact_address",
    "ContactSource": ".contact_source",
    "Conversation": ".conversation",
    "ConversationAccount": ".conversation_account",
    "ConversationMedia": ".conversation_media",
    "ConversationMediaType": ".conversation_media_type",
    "ConversationMessage": ".conversation_message",
    "ConversationMessageDirection": ".conversation_message_direction",
    "ConversationMessageStatus": ".conversation_message_status",
    "ConversationType": ".conversation_type",
    "Customer": ".customer",
    "CustomerAdmin": ".customer_admin",
    "CustomerIdentityVerificationStatus": ".customer_identity_verification_status",
    "CustomerMetadata": ".customer_metadata",
    "CustomerStatus": ".customer_status",
    "CustomerWebhookMethod": ".customer_webhook_method",
    "DeleteCallsIdMuteBody": ".delete_calls_id_mute_body",
    "Email": ".email",
    "EmailAttachment": ".email_attachment",
    "EmailAttachmentReferenceType": ".email_attachment_reference_type",
    "EmailStatus": ".email_status",
    "EmailVerifyResult": ".email_verify_result",
    "ErrorBody": ".error_body",
    "ErrorBodyDetailsItem": ".error_body_details_item",
    "ErrorBodyStatus": ".error_body_status",
    "ErrorResponse": ".error_response",
    "EventData": ".event_data",
    "Extension": ".extension",
    "ExternalMedia": ".external_media",
    "ExternalMediaDirectionListen": ".external_media_direction_listen",
    "ExternalMediaDirectionSpeak": ".external_media_direction_speak",
    "ExternalMediaEncapsulation": ".external_media_encapsulation",
    "ExternalMediaReferenceType": ".external_media_reference_type",
    "ExternalMediaStatus": ".external_media_status",
    "ExternalMediaTransport": ".external_media_transport",
    "FileReferenceType": ".file_reference_type",
    "FileType": ".file_type",
    "Flow": ".flow",
    "FlowType": ".flow_type",
    "GetAccesskeysResponse200": ".get_accesskeys_response_200",
    "GetActiveflowsResponse200": ".get_activeflows_response_200",
    "GetAgentsResponse200": ".get_agents_response_200",
    "GetAggregatedEventsResponse200": ".get_aggregated_events_response_200",
    "GetAiauditsResponse200": ".get_aiaudits_response_200",
    "GetAicallsIdParticipantsResponse200": ".get_aicalls_id_participants_response_200",
    "GetAicallsResponse200": ".get_aicalls_response_200",
    "GetAimessagesResponse200": ".get_aimessages_response_200",
    "GetAipromptproposalsResponse200": ".get_aipromptproposals_response_200",
    "GetAisIdParticipantsResponse200": ".get_ais_id_participants_response_200",
    "GetAisIdPromptHistoriesResponse200": ".get_ais_id_prompt_histories_response_200",
    "GetAisResponse200": ".get_ais_response_200",
    "GetAisummariesResponse200": ".get_aisummaries_response_200",
    "GetAvailableNumbersResponse200": ".get_available_numbers_response_200",
    "GetBillingAccountsResponse200": ".get_billing_accounts_response_200",
    "GetBillingsResponse200": ".get_billings_response_200",
    "GetCallsResponse200": ".get_calls_response_200",
    "GetCampaigncallsResponse200": ".get_campaigncalls_response_200",
    "GetCampaignsIdCampaigncallsResponse200": ".get_campaigns_id_campaigncalls_response_200",
    "GetCampaignsResponse200": ".get_campaigns_response_200",
    "GetConferencecallsResponse200": ".get_conferencecalls_response_200",
    "GetConferencesResponse200": ".get_conferences_response_200",
    "GetContactAddressesType": ".get_contact_addresses_type",
    "GetContactCasesStatus": ".get_contact_cases_status",
    "GetContactsResponse200": ".get_contacts_response_200",
    "GetConversationAccountsResponse200": ".get_conversation_accounts_response_200",
    "GetConversationsBody": ".get_conversations_body",
    "GetConversationsBodyType": ".get_conversations_body_type",
    "GetConversationsIdMessagesResponse200": ".get_conversations_id_messages_response_200",
    "GetConversationsResponse200": ".get_conversations_response_200",
    "GetCustomersResponse200": ".get_customers_response_200",
    "GetEmailsResponse200": ".get_emails_response_200",
    "GetExtensionsResponse200": ".get_extensions_response_200",
    "GetFlowsResponse200": ".get_flows_response_200",
    "GetGroupcallsResponse200": ".get_groupcalls_response_200",
    "GetMessagesResponse200": ".get_messages_response_200",
    "GetNumbersResponse200": ".get_numbers_response_200",
    "GetOutdialsIdTargetsResponse200": ".get_outdials_id_targets_response_200",
    "GetOutdialsResponse200": ".get_outdials_response_200",
    "GetOutplansResponse200": ".get_outplans_response_200",
    "GetProvidercallsResponse200": ".get_providercalls_response_200",
    "GetProvidersResponse200": ".get_providers_response_200",
    "GetQueuecallsResponse200": ".get_queuecalls_response_200",
    "GetQueuesResponse200": ".get_queues_response_200",
    "GetRagsResponse200": ".get_rags_response_200",
    "GetRecordingsResponse200": ".get_recordings_response_200",
    "GetRoutesResponse200": ".get_routes_response_200",
    "GetServiceAgentsAgentsResponse200": ".get_service_agents_agents_response_200",
    "GetServiceAgentsAicallsResponse200": ".get_service_agents_aicalls_response_200",
    "GetServiceAgentsAimessagesResponse200": ".get_service_agents_aimessages_response_200",
    "GetServiceAgentsCallsResponse200": ".get_service_agents_calls_response_200",
    "GetServiceAgentsContactAddressesType": ".get_service_agents_contact_addresses_type",
    "GetServiceAgentsContactCasesResponse200": ".get_service_agents_contact_cases_response_200",
    "GetServiceAgentsContactsResponse200": ".get_service_agents_contacts_response_200",
    "GetServiceAgentsConversationsIdMessagesResponse200": ".get_service_agents_conversations_id_messages_response_200",
    "GetServiceAgentsConversationsResponse200": ".get_service_agents_conversations_response_200",
    "GetServiceAgentsExtensionsResponse200": ".get_service_agents_extensions_response_200",
    "GetServiceAgentsFilesResponse200": ".get_service_agents_files_response_200",
    "GetServiceAgentsTagsResponse200": ".get_service_agents_tags_response_200",
    "GetServiceAgentsTalkChannelsResponse200": ".get_service_agents_talk_channels_response_200",
    "GetServiceAgentsTalkChatsResponse200": ".get_service_agents_talk_chats_response_200",
    "GetServiceAgentsTalkMessagesResponse200": ".get_service_agents_talk_messages_response_200",
    "GetServiceAgentsTranscribesResponse200": ".get_service_agents_transcribes_response_200",
    "GetServiceAgentsTranscriptsResponse200": ".get_service_agents_transcripts_response_200",
    "GetSpeakingsResponse200": ".get_speakings_response_200",
    "GetStorageAccountsResponse200": ".get_storage_accounts_response_200",
    "GetStorageFilesResponse200": ".get_storage_files_response_200",
    "GetTagsResponse200": ".get_tags_response_200",
    "GetTeamsResponse200": ".get_teams_response_200",
    "GetTimelineAnalysesResponse200": ".get_timeline_analyses_response_200",
    "GetTimelinesResourceTypeResourceIdEventsResourceType": ".get_timelines_resource_type_resource_id_events_resource_type",
    "GetTimelinesResourceTypeResourceIdEventsResponse200": ".get_timelines_resource_type_resource_id_events_response_200",
    "GetTranscribesResponse200": ".get_transcribes_response_200",
    "GetTranscriptsResponse200": ".get_transcripts_response_200",
    "GetTrunksResponse200": ".get_trunks_response_200",
    "GetWebchatMessagesResponse200": ".get_webchat_messages_response_200",
    "GetWebchatSessionsResponse200": ".get_webchat_sessions_response_200",
    "GetWebchatWidgetsResponse200": ".get_webchat_widgets_response_200",
    "Groupcall": ".groupcall",
    "GroupcallAnswerMethod": ".groupcall_answer_method",
    "GroupcallRingMethod": ".groupcall_ring_method",
    "GroupcallStatus": ".groupcall_status",
    "Message": ".message",
    "MessageMessageDirection": ".message_message_direction",
    "MessageMessageType": ".message_message_type",
    "MessageProviderName": ".message_provider_name",
    "MessageReferenceType": ".message_reference_type",
    "MessageRole": ".message_role",
    "MessageToolCallsItem": ".message_tool_calls_item",
    "MessageToolCallsItemFunction": ".message_tool_calls_item_function",
    "NewContactAddress": ".new_contact_address",
    "Number": ".number",
    "NumberMetadata": ".number_metadata",
    "NumberProviderName": ".number_provider_name",
    "NumberStatus": ".number_status",
    "NumberType": ".number_type",
    "OutboundConfig": ".outbound_config",
    "OutboundConfigList": ".outbound_config_list",
    "OutboundConfigUpdateRequest": ".outbound_config_update_request",
    "Outdial": ".outdial",
    "Outdialtarget": ".outdialtarget",
    "OutdialtargetStatus": ".outdialtarget_status",
    "Outplan": ".outplan",
    "PaddlePortalSession": ".paddle_portal_session",
    "Pagination": ".pagination",
    "ParticipantInput": ".participant_input",
    "PasswordForgotAccepted": ".password_forgot_accepted",
    "PasswordResetDone": ".password_reset_done",
    "PeerEvent": ".peer_event",
    "PeerEventData": ".peer_event_data",
    "PeerEventDirection": ".peer_event_direction",
    "PeerEventListResponse": ".peer_event_list_response",
    "PeerEventPublisher": ".peer_event_publisher",
    "PostAccesskeysBody": ".post_accesskeys_body",
    "PostActiveflowsBody": ".post_activeflows_body",
    "PostActiveflowsBodyVariables": ".post_activeflows_body_variables",
    "PostAgentsBody": ".post_agents_body",
    "PostAiauditsBody": ".post_aiaudits_body",
    "PostAicallsBody": ".post_aicalls_body",
    "PostAimessagesBody": ".post_aimessages_body",
    "PostAipromptproposalsBody": ".post_aipromptproposals_body",
    "PostAisBody": ".post_ais_body",
    "PostAisBodyParameter": ".post_ais_body_parameter",
    "PostAisBodyType": ".post_ais_body_type",
    "PostAisummariesBody": ".post_aisummaries_body",
    "PostAuthDelegateBody": ".post_auth_delegate_body",
    "PostBillingAccountsIdBalanceAddForceBody": ".post_billing_accounts_id_balance_add_force_body",
    "PostBillingAccountsIdBalanceSubtractForceBody": ".post_billing_accounts_id_balance_subtract_force_body",
    "PostCallsBody": ".post_calls_body",
    "PostCallsBodyAnonymous": ".post_calls_body_anonymous",
    "PostCallsBodyVariables": ".post_calls_body_variables",
    "PostCallsIdMuteBody": ".post_calls_id_mute_body",
    "PostCallsIdRecordingStartBody": ".post_calls_id_recording_start_body",
    "PostCallsIdRecordingStartBodyFormat": ".post_calls_id_recording_start_body_format",
    "PostCallsIdTalkBody": ".post_calls_id_talk_body",
    "PostCampaignsBody": ".post_campaigns_body",
    "PostConferencesBody": ".post_conferences_body",
    "PostConferencesBodyData": ".post_conferences_body_data",
    "PostConferencesIdRecordingStartBody": ".post_conferences_id_recording_start_body",
    "PostConferencesIdRecordingStartBodyFormat": ".post_conferences_id_recording_start_body_format",
    "PostConferencesIdTranscribeStartBody": ".post_conferences_id_transcribe_start_body",
    "PostContactAddressesBody": ".post_contact_addresses_body",
    "PostContactAddressesBodyType": ".post_contact_addresses_body_type",
    "PostContactAddressesIdClaimBody": ".post_contact_addresses_id_claim_body",
    "PostContactCasesIdMessagesBody": ".post_contact_cases_id_messages_body",
    "PostContactCasesIdNotesBody": ".post_contact_cases_id_notes_body",
    "PostContactCasesIdNotesBodyAuthorType": ".post_contact_cases_id_notes_body_author_type",
    "PostContactsBody": ".post_contacts_body",
    "PostContactsBodySource": ".post_contacts_body_source",
    "PostContactsIdAddressesBody": ".post_contacts_id_addresses_body",
    "PostContactsIdAddressesBodyType": ".post_contacts_id_addresses_body_type",
    "PostContactsIdTagsBody": ".post_contacts_id_tags_body",
    "PostConversationAccountsBody": ".post_conversation_accounts_body",
    "PostConversationsIdMessagesBody": ".post_conversations_id_messages_body",
    "PostCustomersBody": ".post_customers_body",
    "PostEmailsBody": ".post_emails_body",
    "PostExtensionsBody": ".post_extensions_body",
    "PostFlowsBody": ".post_flows_body",
    "PostGroupcallsBody": ".post_groupcalls_body",
    "PostMessagesBody": ".post_messages_body",
    "PostNumbersBody": ".post_numbers_body",
    "PostNumbersRenewBody": ".post_numbers_renew_body",
    "PostOutdialsBody": ".post_outdials_body",
    "PostOutdialsIdTargetsBody": ".post_outdials_id_targets_body",
    "PostOutplansBody": ".post_outplans_body",
    "PostProvidercallsBody": ".post_providercalls_body",
    "PostProvidercallsBodyAnonymous": ".post_providercalls_body_anonymous",
    "PostProvidersBody": ".post_providers_body",
    "PostProvidersBodyTechHeaders": ".post_providers_body_tech_headers",
    "PostQueuesBody": ".post_queues_body",
    "PostRagsBody": ".post_rags_body",
    "PostRagsIdSourcesBody": ".post_rags_id_sources_body",
    "PostRoutesBody": ".post_routes_body",
    "PostServiceAgentsAicallsBody": ".post_service_agents_aicalls_body",
    "PostServiceAgentsAimessagesBody": ".post_service_agents_aimessages_body",
    "PostServiceAgentsContactAddressesBody": ".post_service_agents_contact_addresses_body",
    "PostServiceAgentsContactAddressesBodyType": ".post_service_agents_contact_addresses_body_type",
    "PostServiceAgentsContactAddressesIdClaimBody": ".post_service_agents_contact_addresses_id_claim_body",
    "PostServiceAgentsContactCasesIdAssignBody": ".post_service_agents_contact_cases_id_assign_body",
    "PostServiceAgentsContactCasesIdNotesBody": ".post_service_agents_contact_cases_id_notes_body",
    "PostServiceAgentsContactsBody": ".post_service_agents_contacts_body",
    "PostServiceAgentsContactsBodySource": ".post_service_agents_contacts_body_source",
    "PostServiceAgentsContactsIdAddressesBody": ".post_service_agents_contacts_id_addresses_body",
    "PostServiceAgentsContactsIdAddressesBodyType": ".post_service_agents_contacts_id_addresses_body_type",
    "PostServiceAgentsContactsIdTagsBody": ".post_service_agents_contacts_id_tags_body",
    "PostServiceAgentsConversationsIdMessagesBody": ".post_service_agents_conversations_id_messages_body",
    "PostServiceAgentsFilesBody": ".post_service_agents_files_body",
    "PostServiceAgentsFilesBodyType": ".post_service_agents_files_body_type",
    "PostServiceAgentsTalkChatsBody": ".post_service_agents_talk_chats_body",
    "PostServiceAgentsTalkChatsIdParticipantsBody": ".post_service_agents_talk_chats_id_participants_body",
    "PostServiceAgentsTalkMessagesBody": ".post_service_agents_talk_messages_body",
    "PostServiceAgentsTalkMessagesIdReactionsBody": ".post_service_agents_talk_messages_id_reactions_body",
    "PostServiceAgentsTranscribesBody": ".post_service_agents_transcribes_body",
    "PostSpeakingsBody": ".post_speakings_body",
    "PostSpeakingsIdSayBody": ".post_speakings_id_say_body",
    "PostStorageAccountsBody": ".post_storage_accounts_body",
    "PostStorageFilesBody": ".post_storage_files_body",
    "PostStorageFilesBodyType": ".post_storage_files_body_type",
    "PostTagsBody": ".post_tags_body",
    "PostTeamsBody": ".post_teams_body",
    "PostTeamsBodyParameter": ".post_teams_body_parameter",
    "PostTimelineAnalysesBody": ".post_timeline_analyses_body",
    "PostTranscribesBody": ".post_transcribes_body",
    "PostTransfersBody": ".post_transfers_body",
    "PostTrunksBody": ".post_trunks_body",
    "PostWebchatMessagesBody": ".post_webchat_messages_body",
    "PostWebchatSessionsBody": ".post_webchat_sessions_body",
    "PostWebchatWidgetsBody": ".post_webchat_widgets_body",
    "PromptSnapshot": ".prompt_snapshot",
    "Provider": ".provider",
    "ProviderCall": ".provider_call",
    "ProviderCallAnonymous": ".provider_call_anonymous",
    "ProviderHealthStatus": ".provider_health_status",
    "ProviderMetadata": ".provider_metadata",
    "ProviderSetupRequest": ".provider_setup_request",
    "ProviderSetupRequestCarrier": ".provider_setup_request_carrier",
    "ProviderSetupRequestCredentials": ".provider_setup_request_credentials",
    "ProviderTechHeaders": ".provider_tech_headers",
    "ProviderType": ".provider_type",
    "PutAccesskeysIdBody": ".put_accesskeys_id_body",
    "PutAgentsIdAddressesBody": ".put_agents_id_addresses_body",
    "PutAgentsIdBody": ".put_agents_id_body",
    "PutAgentsIdPasswordBody": ".put_agents_id_password_body",
    "PutAgentsIdPermissionBody": ".put_agents_id_permission_body",
    "PutAgentsIdStatusBody": ".put_agents_id_status_body",
    "PutAgentsIdTagIdsBody": ".put_agents_id_tag_ids_body",
    "PutAisIdBody": ".put_ais_id_body",
    "PutAisIdBodyParameter": ".put_ais_id_body_parameter",
    "PutAisIdBodyType": ".put_ais_id_body_type",
    "PutBillingAccountBody": ".put_billing_account_body",
    "PutBillingAccountPaymentInfoBody": ".put_billing_account_payment_info_body",
    "PutBillingAccountsIdBody": ".put_billing_accounts_id_body",
    "PutBillingAccountsIdPaymentInfoBody": ".put_billing_accounts_id_payment_info_body",
    "PutCampaignsIdActionsBody": ".put_campaigns_id_actions_body",
    "PutCampaignsIdBody": ".put_campaigns_id_body",
    "PutCampaignsIdNextCampaignIdBody": ".put_campaigns_id_next_campaign_id_body",
    "PutCampaignsIdResourceInfoBody": ".put_campaigns_id_resource_info_body",
    "PutCampaignsIdServiceLevelBody": ".put_campaigns_id_service_level_body",
    "PutCampaignsIdStatusBody": ".put_campaigns_id_status_body",
    "PutConferencesIdBody": ".put_conferences_id_body",
    "PutConferencesIdBodyData": ".put_conferences_id_body_data",
    "PutContactAddressesIdBody": ".put_contact_addresses_id_body",
    "PutContactCasesIdBody": ".put_contact_cases_id_body",
    "PutContactsIdAddressesAddressIdBody": ".put_contacts_id_addresses_address_id_body",
    "PutContactsIdBody": ".put_contacts_id_body",
    "PutConversationAccountsIdBody": ".put_conversation_accounts_id_body",
    "PutConversationsIdBody": ".put_conversations_id_body",
    "PutCustomerBillingAccountIdBody": ".put_customer_billing_account_id_body",
    "PutCustomerBody": ".put_customer_body",
    "PutCustomerMetadataBody": ".put_customer_metadata_body",
    "PutCustomersIdBillingAccountIdBody": ".put_customers_id_billing_account_id_body",
    "PutCustomersIdBody": ".put_customers_id_body",
    "PutCustomersIdMetadataBody": ".put_customers_id_metadata_body",
    "PutExtensionsIdBody": ".put_extensions_id_body",
    "PutFlowsIdBody": ".put_flows_id_body",
    "PutNumbersIdBody": ".put_numbers_id_body",
    "PutNumbersIdFlowIdsBody": ".put_numbers_id_flow_ids_body",
    "PutNumbersIdMetadataBody": ".put_numbers_id_metadata_body",
    "PutOutdialsIdBody": ".put_outdials_id_body",
    "PutOutdialsIdCampaignIdBody": ".put_outdials_id_campaign_id_body",
    "PutOutdialsIdDataBody": ".put_outdials_id_data_body",
    "PutOutplansIdBody": ".put_outplans_id_body",
    "PutOutplansIdDialInfoBody": ".put_outplans_id_dial_info_body",
    "PutProvidersIdBody": ".put_providers_id_body",
    "PutProvidersIdBodyTechHeaders": ".put_providers_id_body_tech_headers",
    "PutQueuesIdBody": ".put_queues_id_body",
    "PutQueuesIdRoutingMethodBody": ".put_queues_id_routing_method_body",
    "PutQueuesIdTagIdsBody": ".put_queues_id_tag_ids_body",
    "PutRagsIdBody": ".put_rags_id_body",
    "PutRoutesIdBody": ".put_routes_id_body",
    "PutServiceAgentsContactAddressesIdBody": ".put_service_agents_contact_addresses_id_body",
    "PutServiceAgentsContactCasesIdBody": ".put_service_agents_contact_cases_id_body",
    "PutServiceAgentsContactsIdAddressesAddressIdBody": ".put_service_agents_contacts_id_addresses_address_id_body",
    "PutServiceAgentsContactsIdBody": ".put_service_agents_contacts_id_body",
    "PutServiceAgentsConversationsIdBody": ".put_service_agents_conversations_id_body",
    "PutServiceAgentsMeAddressesBody": ".put_service_agents_me_addresses_body",
    "PutServiceAgentsMeBody": ".put_service_agents_me_body",
    "PutServiceAgentsMePasswordBody": ".put_service_agents_me_password_body",
    "PutServiceAgentsMeStatusBody": ".put_service_agents_me_status_body",
    "PutServiceAgentsTalkChatsIdBody": ".put_service_agents_talk_chats_id_body",
    "PutTagsIdBody": ".put_tags_id_body",
    "PutTeamsIdBody": ".put_teams_id_body",
    "PutTeamsIdBodyParameter": ".put_teams_id_body_parameter",
    "PutTrunksIdBody": ".put_trunks_id_body",
    "PutWebchatWidgetsIdBody": ".put_webchat_widgets_id_body",
    "Queue": ".queue",
    "QueueRoutingMethod": ".queue_routing_method",
    "Queuecall": ".queuecall",
    "QueuecallReferenceType": ".queuecall_reference_type",
    "QueuecallStatus": ".queuecall_status",
    "Rag": ".rag",
    "RagDocumentStatus": ".rag_document_status",
    "RagSource": ".rag_source",
    "Reaction": ".reaction",
    "Recording": ".recording",
    "RecordingFormat": ".recording_format",
    "RecordingReferenceType": ".recording_reference_type",
    "RecordingStatus": ".recording_status",
    "ReferenceType": ".reference_type",
    "RequestBodyAuthBootPOST": ".request_body_auth_boot_post",
    "RequestBodyAuthEmailVerifyPOST": ".request_body_auth_email_verify_post",
    "RequestBodyAuthPasswordForgotPOST": ".request_body_auth_password_forgot_post",
    "RequestBodyAuthPasswordResetPOST": ".request_body_auth_password_reset_post",
    "RequestBodyAuthSignupPOST": ".request_body_auth_signup_post",
    "RequestBodyAuthUnregisterPOST": ".request_body_auth_unregister_post",
    "Route": ".route",
    "Session": ".session",
    "SessionStatus": ".session_status",
    "SignupResult": ".signup_result",
    "SipAnalysis": ".sip_analysis",
    "SipAnalysisRtcpStats": ".sip_analysis_rtcp_stats",
    "SipAnalysisSipMessagesItem": ".sip_analysis_sip_messages_item",
    "Speaking": ".speaking",
    "SpeakingDirection": ".speaking_direction",
    "SpeakingReferenceType": ".speaking_reference_type",
    "SpeakingStatus": ".speaking_status",
    "SpeechWebhookMessage": ".speech_webhook_message",
    "StorageAccount": ".storage_account",
    "StorageFile": ".storage_file",
    "Summary": ".summary",
    "SummaryReferenceType": ".summary_reference_type",
    "SummaryStatus": ".summary_status",
    "Tag": ".tag",
    "Talk": ".talk",
    "TalkMedia": ".talk_media",
    "TalkMediaType": ".talk_media_type",
    "TalkMessage": ".talk_message",
    "TalkMessageType": ".talk_message_type",
    "TalkMetadata": ".talk_metadata",
    "TalkParticipant": ".talk_participant",
    "TalkType": ".talk_type",
    "Target": ".target",
    "TargetStatus": ".target_status",
    "Team": ".team",
    "TeamMember": ".team_member",
    "TeamParameter": ".team_parameter",
    "TeamTransition": ".team_transition",
    "TimelineEvent": ".timeline_event",
    "ToolName": ".tool_name",
    "Transcribe": ".transcribe",
    "TranscribeDirection": ".transcribe_direction",
    "TranscribeProvider": ".transcribe_provider",
    "TranscribeReferenceType": ".transcribe_reference_type",
    "TranscribeStatus": ".transcribe_status",
    "Transcript": ".transcript",
    "TranscriptDirection": ".transcript_direction",
    "Transfer": ".transfer",
    "TransferType": ".transfer_type",
    "Trunk": ".trunk",
    "VADConfig": ".vad_config",
    "WebchatMessage": ".webchat_message",
    "WebchatMessageDirection": ".webchat_message_direction",
    "WebchatMessageStatus": ".webchat_message_status",
    "WebhookMethod": ".webhook_method",
    "Widget": ".widget",
    "WidgetPosition": ".widget_position",
    "WidgetStatus": ".widget_status",
    "WidgetThemeConfig": ".widget_theme_config",
    "WidgetThemeConfigBorderRadius": ".widget_theme_config_border_radius",
    "WidgetThemeConfigFontSize": ".widget_theme_config_font_size",
    "WidgetThemeMode": ".widget_theme_mode",
}

__all__ = (
    "AI",
    "AIAudit",
    "AIAuditEvaluation",
    "AIAuditStatus",
    "AIAuditsCreated",
    "AIEngineModel",
    "AIMessage",
    "AIMessageDirection",
    "AIParameter",
    "AIParticipant",
    "AIPromptHistory",
    "AIPromptProposal",
    "AIPromptProposalStatus",
    "AISTTType",
    "AITTSType",
    "AIType",
    "AIcall",
    "AIcallAssistanceType",
    "AIcallMetadata",
    "AIcallParameter",
    "AIcallReferenceType",
    "AIcallStatus",
    "Accesskey",
    "AccountAdmin",
    "AccountPaymentMethod",
    "AccountPaymentType",
    "AccountPlanStatus",
    "AccountPlanType",
    "AccountProviderData",
    "AccountStatus",
    "AccountType",
    "Action",
    "ActionOption",
    "ActionOptionAISummary",
    "ActionOptionAITalk",
    "ActionOptionAITask",
    "ActionOptionAMD",
    "ActionOptionAMDMachineHandle",
    "ActionOptionAnswer",
    "ActionOptionBeep",
    "ActionOptionBlock",
    "ActionOptionBranch",
    "ActionOptionBranchTargetIds",
    "ActionOptionCall",
    "ActionOptionCallAnonymous",
    "ActionOptionCaseCreate",
    "ActionOptionConditionCallDigits",
    "ActionOptionConditionCallStatus",
    "ActionOptionConditionCallStatusStatus",
    "ActionOptionConditionDatetime",
    "ActionOptionConditionDatetimeCondition",
    "ActionOptionConditionVariable",
    "ActionOptionConditionVariableCondition",
    "ActionOptionConditionVariableValueType",
    "ActionOptionConfbridgeJoin",
    "ActionOptionConferenceJoin",
    "ActionOptionConnect",
    "ActionOptionConnectAnonymous",
    "ActionOptionConversationSend",
    "ActionOptionDigitsReceive",
    "ActionOptionDigitsSend",
    "ActionOptionEcho",
    "ActionOptionEmailSend",
    "ActionOptionEmpty",
    "ActionOptionExternalMediaStart",
    "ActionOptionExternalMediaStop",
    "ActionOptionFetch",
    "ActionOptionFetchFlow",
    "ActionOptionGoto",
    "ActionOptionHangup",
    "ActionOptionMessageSend",
    "ActionOptionMute",
    "ActionOptionPlay",
    "ActionOptionQueueJoin",
    "ActionOptionRecordingStart",
    "ActionOptionRecordingStop",
    "ActionOptionSleep",
    "ActionOptionStop",
    "ActionOptionStreamEcho",
    "ActionOptionTalk",
    "ActionOptionTalkDigitsHandle",
    "ActionOptionTranscribeRecording",
    "ActionOptionTranscribeStart",
    "ActionOptionTranscribeStop",
    "ActionOptionVariableSet",
    "ActionOptionWebhookSend",
    "ActionOptionWebhookSendMethod",
    "ActionType",
    "Activeflow",
    "ActiveflowStatus",
    "Address",
    "AddressType",
    "Agent",
    "AgentPermission",
    "AgentRingMethod",
    "AgentStatus",
    "Analysis",
    "AnalysisResult",
    "AnalysisStatus",
    "AuthBootResponse",
    "AuthBootResponseResourceData",
    "AuthBootResponseType",
    "AuthDelegateResponse",
    "AuthType",
    "AvailableNumber",
    "AvailableNumberFeature",
    "Billing",
    "BillingAccount",
    "BillingCostType",
    "BillingStatus",
    "BillingTransactionType",
    "BillingreferenceType",
    "Call",
    "CallDirection",
    "CallHangupBy",
    "CallHangupReason",
    "CallMetadata",
    "CallMuteDirection",
    "CallStatus",
    "CallType",
    "CallsCreated",
    "Campaign",
    "CampaignEndHandle",
    "CampaignExecute",
    "CampaignStatus",
    "CampaignType",
    "Campaigncall",
    "CampaigncallReferenceType",
    "CampaigncallResult",
    "CampaigncallStatus",
    "Case",
    "CaseListResponse",
    "CaseNote",
    "CaseNoteAuthorType",
    "CaseNoteDeleted",
    "CaseNoteListResponse",
    "CaseStatus",
    "Conference",
    "ConferenceData",
    "ConferenceStatus",
    "ConferenceType",
    "Conferencecall",
    "ConferencecallReferenceType",
    "ConferencecallStatus",
    "Contact",
    "ContactAddress",
    "ContactSource",
    "Conversation",
    "ConversationAccount",
    "ConversationMedia",
    "ConversationMediaType",
    "ConversationMessage",
    "ConversationMessageDirection",
    "ConversationMessageStatus",
    "ConversationType",
    "Customer",
    "CustomerAdmin",
    "CustomerIdentityVerificationStatus",
    "CustomerMetadata",
    "CustomerStatus",
    "CustomerWebhookMethod",
    "DeleteCallsIdMuteBody",
    "Email",
    "EmailAttachment",
    "EmailAttachmentReferenceType",
    "EmailStatus",
    "EmailVerifyResult",
    "ErrorBody",
    "ErrorBodyDetailsItem",
    "ErrorBodyStatus",
    "ErrorResponse",
    "EventData",
    "Extension",
    "ExternalMedia",
    "ExternalMediaDirectionListen",
    "ExternalMediaDirectionSpeak",
    "ExternalMediaEncapsulation",
    "ExternalMediaReferenceType",
    "ExternalMediaStatus",
    "ExternalMediaTransport",
    "FileReferenceType",
    "FileType",
    "Flow",
    "FlowType",
    "GetAccesskeysResponse200",
    "GetActiveflowsResponse200",
    "GetAgentsResponse200",
    "GetAggregatedEventsResponse200",
    "GetAiauditsResponse200",
    "GetAicallsIdParticipantsResponse200",
    "GetAicallsResponse200",
    "GetAimessagesResponse200",
    "GetAipromptproposalsResponse200",
    "GetAisIdParticipantsResponse200",
    "GetAisIdPromptHistoriesResponse200",
    "GetAisResponse200",
    "GetAisummariesResponse200",
    "GetAvailableNumbersResponse200",
    "GetBillingAccountsResponse200",
    "GetBillingsResponse200",
    "GetCallsResponse200",
    "GetCampaigncallsResponse200",
    "GetCampaignsIdCampaigncallsResponse200",
    "GetCampaignsResponse200",
    "GetConferencecallsResponse200",
    "GetConferencesResponse200",
    "GetContactAddressesType",
    "GetContactCasesStatus",
    "GetContactsResponse200",
    "GetConversationAccountsResponse200",
    "GetConversationsBody",
    "GetConversationsBodyType",
    "GetConversationsIdMessagesResponse200",
    "GetConversationsResponse200",
    "GetCustomersResponse200",
    "GetEmailsResponse200",
    "GetExtensionsResponse200",
    "GetFlowsResponse200",
    "GetGroupcallsResponse200",
    "GetMessagesResponse200",
    "GetNumbersResponse200",
    "GetOutdialsIdTargetsResponse200",
    "GetOutdialsResponse200",
    "GetOutplansResponse200",
    "GetProvidercallsResponse200",
    "GetProvidersResponse200",
    "GetQueuecallsResponse200",
    "GetQueuesResponse200",
    "GetRagsResponse200",
    "GetRecordingsResponse200",
    "GetRoutesResponse200",
    "GetServiceAgentsAgentsResponse200",
    "GetServiceAgentsAicallsResponse200",
    "GetServiceAgentsAimessagesResponse200",
    "GetServiceAgentsCallsResponse200",
    "GetServiceAgentsContactAddressesType",
    "GetServiceAgentsContactCasesResponse200",
    "GetServiceAgentsContactsResponse200",
    "GetServiceAgentsConversationsIdMessagesResponse200",
    "GetServiceAgentsConversationsResponse200",
    "GetServiceAgentsExtensionsResponse200",
    "GetServiceAgentsFilesResponse200",
    "GetServiceAgentsTagsResponse200",
    "GetServiceAgentsTalkChannelsResponse200",
    "GetServiceAgentsTalkChatsResponse200",
    "GetServiceAgentsTalkMessagesResponse200",
    "GetServiceAgentsTranscribesResponse200",
    "GetServiceAgentsTranscriptsResponse200",
    "GetSpeakingsResponse200",
    "GetStorageAccountsResponse200",
    "GetStorageFilesResponse200",
    "GetTagsResponse200",
    "GetTeamsResponse200",
    "GetTimelineAnalysesResponse200",
    "GetTimelinesResourceTypeResourceIdEventsResourceType",
    "GetTimelinesResourceTypeResourceIdEventsResponse200",
    "GetTranscribesResponse200",
    "GetTranscriptsResponse200",
    "GetTrunksResponse200",
    "GetWebchatMessagesResponse200",
    "GetWebchatSessionsResponse200",
    "GetWebchatWidgetsResponse200",
    "Groupcall",
    "GroupcallAnswerMethod",
    "GroupcallRingMethod",
    "GroupcallStatus",
    "Message",
    "MessageMessageDirection",
    "MessageMessageType",
    "MessageProviderName",
    "MessageReferenceType",
    "MessageRole",
    "MessageToolCallsItem",
    "MessageToolCallsItemFunction",
    "NewContactAddress",
    "Number",
    "NumberMetadata",
    "NumberProviderName",
    "NumberStatus",
    "NumberType",
    "OutboundConfig",
    "OutboundConfigList",
    "OutboundConfigUpdateRequest",
    "Outdial",
    "Outdialtarget",
    "OutdialtargetStatus",
    "Outplan",
    "PaddlePortalSession",
    "Pagination",
    "ParticipantInput",
    "PasswordForgotAccepted",
    "PasswordResetDone",
    "PeerEvent",
    "PeerEventData",
    "PeerEventDirection",
    "PeerEventListResponse",
    "PeerEventPublisher",
    "PostAccesskeysBody",
    "PostActiveflowsBody",
    "PostActiveflowsBodyVariables",
    "PostAgentsBody",
    "PostAiauditsBody",
    "PostAicallsBody",
    "PostAimessagesBody",
    "PostAipromptproposalsBody",
    "PostAisBody",
    "PostAisBodyParameter",
    "PostAisBodyType",
    "PostAisummariesBody",
    "PostAuthDelegateBody",
    "PostBillingAccountsIdBalanceAddForceBody",
    "PostBillingAccountsIdBalanceSubtractForceBody",
    "PostCallsBody",
    "PostCallsBodyAnonymous",
    "PostCallsBodyVariables",
    "PostCallsIdMuteBody",
    "PostCallsIdRecordingStartBody",
    "PostCallsIdRecordingStartBodyFormat",
    "PostCallsIdTalkBody",
    "PostCampaignsBody",
    "PostConferencesBody",
    "PostConferencesBodyData",
    "PostConferencesIdRecordingStartBody",
    "PostConferencesIdRecordingStartBodyFormat",
    "PostConferencesIdTranscribeStartBody",
    "PostContactAddressesBody",
    "PostContactAddressesBodyType",
    "PostContactAddressesIdClaimBody",
    "PostContactCasesIdMessagesBody",
    "PostContactCasesIdNotesBody",
    "PostContactCasesIdNotesBodyAuthorType",
    "PostContactsBody",
    "PostContactsBodySource",
    "PostContactsIdAddressesBody",
    "PostContactsIdAddressesBodyType",
    "PostContactsIdTagsBody",
    "PostConversationAccountsBody",
    "PostConversationsIdMessagesBody",
    "PostCustomersBody",
    "PostEmailsBody",
    "PostExtensionsBody",
    "PostFlowsBody",
    "PostGroupcallsBody",
    "PostMessagesBody",
    "PostNumbersBody",
    "PostNumbersRenewBody",
    "PostOutdialsBody",
    "PostOutdialsIdTargetsBody",
    "PostOutplansBody",
    "PostProvidercallsBody",
    "PostProvidercallsBodyAnonymous",
    "PostProvidersBody",
    "PostProvidersBodyTechHeaders",
    "PostQueuesBody",
    "PostRagsBody",
    "PostRagsIdSourcesBody",
    "PostRoutesBody",
    "PostServiceAgentsAicallsBody",
    "PostServiceAgentsAimessagesBody",
    "PostServiceAgentsContactAddressesBody",
    "PostServiceAgentsContactAddressesBodyType",
    "PostServiceAgentsContactAddressesIdClaimBody",
    "PostServiceAgentsContactCasesIdAssignBody",
    "PostServiceAgentsContactCasesIdNotesBody",
    "PostServiceAgentsContactsBody",
    "PostServiceAgentsContactsBodySource",
    "PostServiceAgentsContactsIdAddressesBody",
    "PostServiceAgentsContactsIdAddressesBodyType",
    "PostServiceAgentsContactsIdTagsBody",
    "PostServiceAgentsConversationsIdMessagesBody",
    "PostServiceAgentsFilesBody",
    "PostServiceAgentsFilesBodyType",
    "PostServiceAgentsTalkChatsBody",
    "PostServiceAgentsTalkChatsIdParticipantsBody",
    "PostServiceAgentsTalkMessagesBody",
    "PostServiceAgentsTalkMessagesIdReactionsBody",
    "PostServiceAgentsTranscribesBody",
    "PostSpeakingsBody",
    "PostSpeakingsIdSayBody",
    "PostStorageAccountsBody",
    "PostStorageFilesBody",
    "PostStorageFilesBodyType",
    "PostTagsBody",
    "PostTeamsBody",
    "PostTeamsBodyParameter",
    "PostTimelineAnalysesBody",
    "PostTranscribesBody",
    "PostTransfersBody",
    "PostTrunksBody",
    "PostWebchatMessagesBody",
    "PostWebchatSessionsBody",
    "PostWebchatWidgetsBody",
    "PromptSnapshot",
    "Provider",
    "ProviderCall",
    "ProviderCallAnonymous",
    "ProviderHealthStatus",
    "ProviderMetadata",
    "ProviderSetupRequest",
    "ProviderSetupRequestCarrier",
    "ProviderSetupRequestCredentials",
    "ProviderTechHeaders",
    "ProviderType",
    "PutAccesskeysIdBody",
    "PutAgentsIdAddressesBody",
    "PutAgentsIdBody",
    "PutAgentsIdPasswordBody",
    "PutAgentsIdPermissionBody",
    "PutAgentsIdStatusBody",
    "PutAgentsIdTagIdsBody",
    "PutAisIdBody",
    "PutAisIdBodyParameter",
    "PutAisIdBodyType",
    "PutBillingAccountBody",
    "PutBillingAccountPaymentInfoBody",
    "PutBillingAccountsIdBody",
    "PutBillingAccountsIdPaymentInfoBody",
    "PutCampaignsIdActionsBody",
    "PutCampaignsIdBody",
    "PutCampaignsIdNextCampaignIdBody",
    "PutCampaignsIdResourceInfoBody",
    "PutCampaignsIdServiceLevelBody",
    "PutCampaignsIdStatusBody",
    "PutConferencesIdBody",
    "PutConferencesIdBodyData",
    "PutContactAddressesIdBody",
    "PutContactCasesIdBody",
    "PutContactsIdAddressesAddressIdBody",
    "PutContactsIdBody",
    "PutConversationAccountsIdBody",
    "PutConversationsIdBody",
    "PutCustomerBillingAccountIdBody",
    "PutCustomerBody",
    "PutCustomerMetadataBody",
    "PutCustomersIdBillingAccountIdBody",
    "PutCustomersIdBody",
    "PutCustomersIdMetadataBody",
    "PutExtensionsIdBody",
    "PutFlowsIdBody",
    "PutNumbersIdBody",
    "PutNumbersIdFlowIdsBody",
    "PutNumbersIdMetadataBody",
    "PutOutdialsIdBody",
    "PutOutdialsIdCampaignIdBody",
    "PutOutdialsIdDataBody",
    "PutOutplansIdBody",
    "PutOutplansIdDialInfoBody",
    "PutProvidersIdBody",
    "PutProvidersIdBodyTechHeaders",
    "PutQueuesIdBody",
    "PutQueuesIdRoutingMethodBody",
    "PutQueuesIdTagIdsBody",
    "PutRagsIdBody",
    "PutRoutesIdBody",
    "PutServiceAgentsContactAddressesIdBody",
    "PutServiceAgentsContactCasesIdBody",
    "PutServiceAgentsContactsIdAddressesAddressIdBody",
    "PutServiceAgentsContactsIdBody",
    "PutServiceAgentsConversationsIdBody",
    "PutServiceAgentsMeAddressesBody",
    "PutServiceAgentsMeBody",
    "PutServiceAgentsMePasswordBody",
    "PutServiceAgentsMeStatusBody",
    "PutServiceAgentsTalkChatsIdBody",
    "PutTagsIdBody",
    "PutTeamsIdBody",
    "PutTeamsIdBodyParameter",
    "PutTrunksIdBody",
    "PutWebchatWidgetsIdBody",
    "Queue",
    "QueueRoutingMethod",
    "Queuecall",
    "QueuecallReferenceType",
    "QueuecallStatus",
    "Rag",
    "RagDocumentStatus",
    "RagSource",
    "Reaction",
    "Recording",
    "RecordingFormat",
    "RecordingReferenceType",
    "RecordingStatus",
    "ReferenceType",
    "RequestBodyAuthBootPOST",
    "RequestBodyAuthEmailVerifyPOST",
    "RequestBodyAuthPasswordForgotPOST",
    "RequestBodyAuthPasswordResetPOST",
    "RequestBodyAuthSignupPOST",
    "RequestBodyAuthUnregisterPOST",
    "Route",
    "Session",
    "SessionStatus",
    "SignupResult",
    "SipAnalysis",
    "SipAnalysisRtcpStats",
    "SipAnalysisSipMessagesItem",
    "Speaking",
    "SpeakingDirection",
    "SpeakingReferenceType",
    "SpeakingStatus",
    "SpeechWebhookMessage",
    "StorageAccount",
    "StorageFile",
    "Summary",
    "SummaryReferenceType",
    "SummaryStatus",
    "Tag",
    "Talk",
    "TalkMedia",
    "TalkMediaType",
    "TalkMessage",
    "TalkMessageType",
    "TalkMetadata",
    "TalkParticipant",
    "TalkType",
    "Target",
    "TargetStatus",
    "Team",
    "TeamMember",
    "TeamParameter",
    "TeamTransition",
    "TimelineEvent",
    "ToolName",
    "Transcribe",
    "TranscribeDirection",
    "TranscribeProvider",
    "TranscribeReferenceType",
    "TranscribeStatus",
    "Transcript",
    "TranscriptDirection",
    "Transfer",
    "TransferType",
    "Trunk",
    "VADConfig",
    "WebchatMessage",
    "WebchatMessageDirection",
    "WebchatMessageStatus",
    "WebhookMethod",
    "Widget",
    "WidgetPosition",
    "WidgetStatus",
    "WidgetThemeConfig",
    "WidgetThemeConfigBorderRadius",
    "WidgetThemeConfigFontSize",
    "WidgetThemeMode",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
