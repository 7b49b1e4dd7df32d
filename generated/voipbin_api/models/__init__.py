"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation must not import all of
them. Type checkers still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_manager_agent import AgentManagerAgent
    from .agent_manager_agent_permission import AgentManagerAgentPermission
    from .agent_manager_agent_ring_method import AgentManagerAgentRingMethod
    from .agent_manager_agent_status import AgentManagerAgentStatus
    from .ai_audits_created import AIAuditsCreated
    from .ai_manager_a_icall import AIManagerAIcall
    from .ai_manager_a_icall_assistance_type import AIManagerAIcallAssistanceType
    from .ai_manager_a_icall_metadata import AIManagerAIcallMetadata
    from .ai_manager_a_icall_parameter import AIManagerAIcallParameter
    from .ai_manager_a_icall_reference_type import AIManagerAIcallReferenceType
    from .ai_manager_a_icall_status import AIManagerAIcallStatus
    from .ai_manager_ai import AIManagerAI
    from .ai_manager_ai_audit import AIManagerAIAudit
    from .ai_manager_ai_audit_evaluation import AIManagerAIAuditEvaluation
    from .ai_manager_ai_audit_status import AIManagerAIAuditStatus
    from .ai_manager_ai_engine_model import AIManagerAIEngineModel
    from .ai_manager_ai_parameter import AIManagerAIParameter
    from .ai_manager_ai_prompt_history import AIManagerAIPromptHistory
    from .ai_manager_ai_prompt_proposal import AIManagerAIPromptProposal
    from .ai_manager_ai_prompt_proposal_status import AIManagerAIPromptProposalStatus
    from .ai_manager_ai_type import AIManagerAIType
    from .ai_manager_aistt_type import AIManagerAISTTType
    from .ai_manager_aitts_type import AIManagerAITTSType
    from .ai_manager_message import AIManagerMessage
    from .ai_manager_message_direction import AIManagerMessageDirection
    from .ai_manager_message_role import AIManagerMessageRole
    from .ai_manager_message_tool_calls_item import AIManagerMessageToolCallsItem
    from .ai_manager_message_tool_calls_item_function import (
        AIManagerMessageToolCallsItemFunction,
    )
    from .ai_manager_participant import AIManagerParticipant
    from .ai_manager_prompt_snapshot import AIManagerPromptSnapshot
    from .ai_manager_summary import AIManagerSummary
    from .ai_manager_summary_reference_type import AIManagerSummaryReferenceType
    from .ai_manager_summary_status import AIManagerSummaryStatus
    from .ai_manager_team import AIManagerTeam
    from .ai_manager_team_member import AIManagerTeamMember
    from .ai_manager_team_parameter import AIManagerTeamParameter
    from .ai_manager_team_transition import AIManagerTeamTransition
    from .ai_manager_tool_name import AIManagerToolName
    from .ai_manager_vad_config import AIManagerVADConfig
    from .auth_boot_response import AuthBootResponse
    from .auth_boot_response_resource_data import AuthBootResponseResourceData
    from .auth_boot_response_type import AuthBootResponseType
    from .auth_delegate_response import AuthDelegateResponse
    from .billing_manager_account import BillingManagerAccount
    from .billing_manager_account_admin import BillingManagerAccountAdmin
    from .billing_manager_account_payment_method import (
        BillingManagerAccountPaymentMethod,
    )
    from .billing_manager_account_payment_type import BillingManagerAccountPaymentType
    from .billing_manager_account_plan_status import BillingManagerAccountPlanStatus
    from .billing_manager_account_plan_type import BillingManagerAccountPlanType
    from .billing_manager_account_status import BillingManagerAccountStatus
    from .billing_manager_billing import BillingManagerBilling
    from .billing_manager_billing_cost_type import BillingManagerBillingCostType
    from .billing_manager_billing_status import BillingManagerBillingStatus
    from .billing_manager_billing_transaction_type import (
        BillingManagerBillingTransactionType,
    )
    from .billing_manager_billingreference_type import (
        BillingManagerBillingreferenceType,
    )
    from .call_manager_call import CallManagerCall
    from .call_manager_call_direction import CallManagerCallDirection
    from .call_manager_call_hangup_by import CallManagerCallHangupBy
    from .call_manager_call_hangup_reason import CallManagerCallHangupReason
    from .call_manager_call_metadata import CallManagerCallMetadata
    from .call_manager_call_mute_direction import CallManagerCallMuteDirection
    from .call_manager_call_status import CallManagerCallStatus
    from .call_manager_call_type import CallManagerCallType
    from .call_manager_external_media import CallManagerExternalMedia
    from .call_manager_external_media_direction_listen import (
        CallManagerExternalMediaDirectionListen,
    )
    from .call_manager_external_media_direction_speak import (
        CallManagerExternalMediaDirectionSpeak,
    )
    from .call_manager_external_media_encapsulation import (
        CallManagerExternalMediaEncapsulation,
    )
    from .call_manager_external_media_reference_type import (
        CallManagerExternalMediaReferenceType,
    )
    from .call_manager_external_media_status import CallManagerExternalMediaStatus
    from .call_manager_external_media_transport import CallManagerExternalMediaTransport
    from .call_manager_groupcall import CallManagerGroupcall
    from .call_manager_groupcall_answer_method import CallManagerGroupcallAnswerMethod
    from .call_manager_groupcall_ring_method import CallManagerGroupcallRingMethod
    from .call_manager_groupcall_status import CallManagerGroupcallStatus
    from .call_manager_outbound_config import CallManagerOutboundConfig
    from .call_manager_outbound_config_list import CallManagerOutboundConfigList
    from .call_manager_outbound_config_update_request import (
        CallManagerOutboundConfigUpdateRequest,
    )
    from .call_manager_recording import CallManagerRecording
    from .call_manager_recording_format import CallManagerRecordingFormat
    from .call_manager_recording_reference_type import CallManagerRecordingReferenceType
    from .call_manager_recording_status import CallManagerRecordingStatus
    from .calls_created import CallsCreated
    from .campaign_manager_campaign import CampaignManagerCampaign
    from .campaign_manager_campaign_end_handle import CampaignManagerCampaignEndHandle
    from .campaign_manager_campaign_execute import CampaignManagerCampaignExecute
    from .campaign_manager_campaign_status import CampaignManagerCampaignStatus
    from .campaign_manager_campaign_type import CampaignManagerCampaignType
    from .campaign_manager_campaigncall import CampaignManagerCampaigncall
    from .campaign_manager_campaigncall_reference_type import (
        CampaignManagerCampaigncallReferenceType,
    )
    from .campaign_manager_campaigncall_result import CampaignManagerCampaigncallResult
    from .campaign_manager_campaigncall_status import CampaignManagerCampaigncallStatus
    from .campaign_manager_outplan import CampaignManagerOutplan
    from .case_note_deleted import CaseNoteDeleted
    from .common_address import CommonAddress
    from .common_address_type import CommonAddressType
    from .common_pagination import CommonPagination
    from .conference_manager_conference import ConferenceManagerConference
    from .conference_manager_conference_data import ConferenceManagerConferenceData
    from .conference_manager_conference_status import ConferenceManagerConferenceStatus
    from .conference_manager_conference_type import ConferenceManagerConferenceType
    from .conference_manager_conferencecall import ConferenceManagerConferencecall
    from .conference_manager_conferencecall_reference_type import (
        ConferenceManagerConferencecallReferenceType,
    )
    from .conference_manager_conferencecall_status import (
        ConferenceManagerConferencecallStatus,
    )
    from .contact_manager_address import ContactManagerAddress
    from .contact_manager_case import ContactManagerCase
    from .contact_manager_case_list_response import ContactManagerCaseListResponse
    from .contact_manager_case_note import ContactManagerCaseNote
    from .contact_manager_case_note_author_type import ContactManagerCaseNoteAuthorType
    from .contact_manager_case_note_list_response import (
        ContactManagerCaseNoteListResponse,
    )
    from .contact_manager_case_status import ContactManagerCaseStatus
    from .contact_manager_contact import ContactManagerContact
    from .contact_manager_contact_source import ContactManagerContactSource
    from .conversation_manager_account import ConversationManagerAccount
    from .conversation_manager_account_provider_data import (
        ConversationManagerAccountProviderData,
    )
    from .conversation_manager_account_type import ConversationManagerAccountType
    from .conversation_manager_conversation import ConversationManagerConversation
    from .conversation_manager_conversation_type import (
        ConversationManagerConversationType,
    )
    from .conversation_manager_media import ConversationManagerMedia
    from .conversation_manager_media_type import ConversationManagerMediaType
    from .conversation_manager_message import ConversationManagerMessage
    from .conversation_manager_message_direction import (
        ConversationManagerMessageDirection,
    )
    from .conversation_manager_message_reference_type import (
        ConversationManagerMessageReferenceType,
    )
    from .conversation_manager_message_status import ConversationManagerMessageStatus
    from .customer_manager_accesskey import CustomerManagerAccesskey
    from .customer_manager_customer import CustomerManagerCustomer
    from .customer_manager_customer_admin import CustomerManagerCustomerAdmin
    from .customer_manager_customer_identity_verification_status import (
        CustomerManagerCustomerIdentityVerificationStatus,
    )
    from .customer_manager_customer_status import CustomerManagerCustomerStatus
    from .customer_manager_customer_webhook_method import (
        CustomerManagerCustomerWebhookMethod,
    )
    from .customer_manager_email_verify_result import CustomerManagerEmailVerifyResult
    from .customer_manager_metadata import CustomerManagerMetadata
    from .customer_manager_signup_result import CustomerManagerSignupResult
    from .delete_calls_id_mute_body import DeleteCallsIdMuteBody
    from .email_manager_email import EmailManagerEmail
    from .email_manager_email_attachment import EmailManagerEmailAttachment
    from .email_manager_email_attachment_reference_type import (
        EmailManagerEmailAttachmentReferenceType,
    )
    from .email_manager_email_status import EmailManagerEmailStatus
    from .error_body import ErrorBody
    from .error_body_details_item import ErrorBodyDetailsItem
    from .error_body_status import ErrorBodyStatus
    from .error_response import ErrorResponse
    from .flow_manager_action import FlowManagerAction
    from .flow_manager_action_option import FlowManagerActionOption
    from .flow_manager_action_option_ai_summary import FlowManagerActionOptionAISummary
    from .flow_manager_action_option_ai_talk import FlowManagerActionOptionAITalk
    from .flow_manager_action_option_amd import FlowManagerActionOptionAMD
    from .flow_manager_action_option_amd_machine_handle import (
        FlowManagerActionOptionAMDMachineHandle,
    )
    from .flow_manager_action_option_answer import FlowManagerActionOptionAnswer
    from .flow_manager_action_option_beep import FlowManagerActionOptionBeep
    from .flow_manager_action_option_branch import FlowManagerActionOptionBranch
    from .flow_manager_action_option_branch_target_ids import (
        FlowManagerActionOptionBranchTargetIds,
    )
    from .flow_manager_action_option_call import FlowManagerActionOptionCall
    from .flow_manager_action_option_call_anonymous import (
        FlowManagerActionOptionCallAnonymous,
    )
    from .flow_manager_action_option_confbridge_join import (
        FlowManagerActionOptionConfbridgeJoin,
    )
    from .flow_manager_action_option_conference_join import (
        FlowManagerActionOptionConferenceJoin,
    )
    from .flow_manager_action_option_connect import FlowManagerActionOptionConnect
    from .flow_manager_action_option_connect_anonymous import (
        FlowManagerActionOptionConnectAnonymous,
    )
    from .flow_manager_action_option_conversation_send import (
        FlowManagerActionOptionConversationSend,
    )
    from .flow_manager_action_option_digits_receive import (
        FlowManagerActionOptionDigitsReceive,
    )
    from .flow_manager_action_option_digits_send import (
        FlowManagerActionOptionDigitsSend,
    )
    from .flow_manager_action_option_echo import FlowManagerActionOptionEcho
    from .flow_manager_action_option_email_send import FlowManagerActionOptionEmailSend
    from .flow_manager_action_option_external_media_start import (
        FlowManagerActionOptionExternalMediaStart,
    )
    from .flow_manager_action_option_external_media_stop import (
        FlowManagerActionOptionExternalMediaStop,
    )
    from .flow_manager_action_option_fetch import FlowManagerActionOptionFetch
    from .flow_manager_action_option_fetch_flow import FlowManagerActionOptionFetchFlow
    from .flow_manager_action_option_goto import FlowManagerActionOptionGoto
    from .flow_manager_action_option_hangup import FlowManagerActionOptionHangup
    from .flow_manager_action_option_message_send import (
        FlowManagerActionOptionMessageSend,
    )
    from .flow_manager_action_option_message_send_source import (
        FlowManagerActionOptionMessageSendSource,
    )
    from .flow_manager_action_option_message_send_source_type import (
        FlowManagerActionOptionMessageSendSourceType,
    )
    from .flow_manager_action_option_play import FlowManagerActionOptionPlay
    from .flow_manager_action_option_queue_join import FlowManagerActionOptionQueueJoin
    from .flow_manager_action_option_recording_start import (
        FlowManagerActionOptionRecordingStart,
    )
    from .flow_manager_action_option_recording_stop import (
        FlowManagerActionOptionRecordingStop,
    )
    from .flow_manager_action_option_sleep import FlowManagerActionOptionSleep
    from .flow_manager_action_option_stream_echo import (
        FlowManagerActionOptionStreamEcho,
    )
    from .flow_manager_action_option_talk import FlowManagerActionOptionTalk
    from .flow_manager_action_option_talk_digits_handle import (
        FlowManagerActionOptionTalkDigitsHandle,
    )
    from .flow_manager_action_option_transcribe_recording import (
        FlowManagerActionOptionTranscribeRecording,
    )
    from .flow_manager_action_option_transcribe_start import (
        FlowManagerActionOptionTranscribeStart,
    )
    from .flow_manager_action_option_transcribe_stop import (
        FlowManagerActionOptionTranscribeStop,
    )
    from .flow_manager_action_option_variable_set import (
        FlowManagerActionOptionVariableSet,
    )
    from .flow_manager_action_option_webhook_send import (
        FlowManagerActionOptionWebhookSend,
    )
    from .flow_manager_action_option_webhook_send_method import (
        FlowManagerActionOptionWebhookSendMethod,
    )
    from .flow_manager_action_type import FlowManagerActionType
    from .flow_manager_activeflow import FlowManagerActiveflow
    from .flow_manager_activeflow_status import FlowManagerActiveflowStatus
    from .flow_manager_flow import FlowManagerFlow
    from .flow_manager_flow_type import FlowManagerFlowType
    from .flow_manager_reference_type import FlowManagerReferenceType
    from .flow_manager_webhook_method import FlowManagerWebhookMethod
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
    from .message_manager_message import MessageManagerMessage
    from .message_manager_message_direction import MessageManagerMessageDirection
    from .message_manager_message_provider_name import MessageManagerMessageProviderName
    from .message_manager_message_type import MessageManagerMessageType
    from .message_manager_target import MessageManagerTarget
    from .message_manager_target_status import MessageManagerTargetStatus
    from .number_manager_available_number import NumberManagerAvailableNumber
    from .number_manager_available_number_feature import (
        NumberManagerAvailableNumberFeature,
    )
    from .number_manager_metadata import NumberManagerMetadata
    from .number_manager_number import NumberManagerNumber
    from .number_manager_number_provider_name import NumberManagerNumberProviderName
    from .number_manager_number_status import NumberManagerNumberStatus
    from .number_manager_number_type import NumberManagerNumberType
    from .outdial_manager_outdial import OutdialManagerOutdial
    from .outdial_manager_outdialtarget import OutdialManagerOutdialtarget
    from .outdial_manager_outdialtarget_status import OutdialManagerOutdialtargetStatus
    from .paddle_portal_session import PaddlePortalSession
    from .password_forgot_accepted import PasswordForgotAccepted
    from .password_reset_done import PasswordResetDone
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
    from .post_contacts_body_addresses_item import PostContactsBodyAddressesItem
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
    from .post_service_agents_contacts_body_addresses_item import (
        PostServiceAgentsContactsBodyAddressesItem,
    )
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
    from .queue_manager_queue import QueueManagerQueue
    from .queue_manager_queue_routing_method import QueueManagerQueueRoutingMethod
    from .queue_manager_queuecall import QueueManagerQueuecall
    from .queue_manager_queuecall_reference_type import (
        QueueManagerQueuecallReferenceType,
    )
    from .queue_manager_queuecall_status import QueueManagerQueuecallStatus
    from .rag_manager_rag import RagManagerRag
    from .rag_manager_rag_document_status import RagManagerRagDocumentStatus
    from .rag_manager_rag_source import RagManagerRagSource
    from .registrar_manager_auth_type import RegistrarManagerAuthType
    from .registrar_manager_extension import RegistrarManagerExtension
    from .registrar_manager_trunk import RegistrarManagerTrunk
    from .request_body_auth_boot_post import RequestBodyAuthBootPOST
    from .request_body_auth_email_verify_post import RequestBodyAuthEmailVerifyPOST
    from .request_body_auth_password_forgot_post import (
        RequestBodyAuthPasswordForgotPOST,
    )
    from .request_body_auth_password_reset_post import RequestBodyAuthPasswordResetPOST
    from .request_body_auth_signup_post import RequestBodyAuthSignupPOST
    from .request_body_auth_unregister_post import RequestBodyAuthUnregisterPOST
    from .route_manager_provider import RouteManagerProvider
    from .route_manager_provider_call import RouteManagerProviderCall
    from .route_manager_provider_call_anonymous import RouteManagerProviderCallAnonymous
    from .route_manager_provider_health_status import RouteManagerProviderHealthStatus
    from .route_manager_provider_metadata import RouteManagerProviderMetadata
    from .route_manager_provider_setup_request import RouteManagerProviderSetupRequest
    from .route_manager_provider_setup_request_carrier import (
        RouteManagerProviderSetupRequestCarrier,
    )
    from .route_manager_provider_setup_request_credentials import (
        RouteManagerProviderSetupRequestCredentials,
    )
    from .route_manager_provider_tech_headers import RouteManagerProviderTechHeaders
    from .route_manager_provider_type import RouteManagerProviderType
    from .route_manager_route import RouteManagerRoute
    from .sip_analysis import SipAnalysis
    from .sip_analysis_rtcp_stats import SipAnalysisRtcpStats
    from .sip_analysis_sip_messages_item import SipAnalysisSipMessagesItem
    from .storage_manager_account import StorageManagerAccount
    from .storage_manager_file import StorageManagerFile
    from .storage_manager_file_reference_type import StorageManagerFileReferenceType
    from .storage_manager_file_type import StorageManagerFileType
    from .tag_manager_tag import TagManagerTag
    from .talk_manager_media import TalkManagerMedia
    from .talk_manager_media_type import TalkManagerMediaType
    from .talk_manager_message import TalkManagerMessage
    from .talk_manager_message_type import TalkManagerMessageType
    from .talk_manager_metadata import TalkManagerMetadata
    from .talk_manager_participant import TalkManagerParticipant
    from .talk_manager_participant_input import TalkManagerParticipantInput
    from .talk_manager_reaction import TalkManagerReaction
    from .talk_manager_talk import TalkManagerTalk
    from .talk_manager_talk_type import TalkManagerTalkType
    from .timeline_manager_analysis import TimelineManagerAnalysis
    from .timeline_manager_analysis_result import TimelineManagerAnalysisResult
    from .timeline_manager_analysis_status import TimelineManagerAnalysisStatus
    from .timeline_manager_event import TimelineManagerEvent
    from .timeline_manager_event_data import TimelineManagerEventData
    from .timeline_manager_peer_event import TimelineManagerPeerEvent
    from .timeline_manager_peer_event_data import TimelineManagerPeerEventData
    from .timeline_manager_peer_event_direction import TimelineManagerPeerEventDirection
    from .timeline_manager_peer_event_list_response import (
        TimelineManagerPeerEventListResponse,
    )
    from .timeline_manager_peer_event_publisher import TimelineManagerPeerEventPublisher
    from .transcribe_manager_speech_webhook_message import (
        TranscribeManagerSpeechWebhookMessage,
    )
    from .transcribe_manager_transcribe import TranscribeManagerTranscribe
    from .transcribe_manager_transcribe_direction import (
        TranscribeManagerTranscribeDirection,
    )
    from .transcribe_manager_transcribe_provider import (
        TranscribeManagerTranscribeProvider,
    )
    from .transcribe_manager_transcribe_reference_type import (
        TranscribeManagerTranscribeReferenceType,
    )
    from .transcribe_manager_transcribe_status import TranscribeManagerTranscribeStatus
    from .transcribe_manager_transcript import TranscribeManagerTranscript
    from .transcribe_manager_transcript_direction import (
        TranscribeManagerTranscriptDirection,
    )
    from .transfer_manager_transfer import TransferManagerTransfer
    from .transfer_manager_transfer_type import TransferManagerTransferType
    from .tts_manager_speaking import TtsManagerSpeaking
    from .tts_manager_speaking_direction import TtsManagerSpeakingDirection
    from .tts_manager_speaking_reference_type import TtsManagerSpeakingReferenceType
    from .tts_manager_speaking_status import TtsManagerSpeakingStatus
    from .webchat_manager_message import WebchatManagerMessage
    from .webchat_manager_message_direction import WebchatManagerMessageDirection
    from .webchat_manager_message_status import WebchatManagerMessageStatus
    from .webchat_manager_session import WebchatManagerSession
    from .webchat_manager_session_status import WebchatManagerSessionStatus
    from .webchat_manager_widget import WebchatManagerWidget
    from .webchat_manager_widget_position import WebchatManagerWidgetPosition
    from .webchat_manager_widget_status import WebchatManagerWidgetStatus
    from .webchat_manager_widget_theme_config import WebchatManagerWidgetThemeConfig
    from .webchat_manager_widget_theme_config_border_radius import (
        WebchatManagerWidgetThemeConfigBorderRadius,
    )
    from .webchat_manager_widget_theme_config_font_size import (
        WebchatManagerWidgetThemeConfigFontSize,
    )
    from .webchat_manager_widget_theme_mode import WebchatManagerWidgetThemeMode

_MODULE_OF = {
    "AgentManagerAgent": ".agent_manager_agent",
    "AgentManagerAgentPermission": ".agent_manager_agent_permission",
    "AgentManagerAgentRingMethod": ".agent_manager_agent_ring_method",
    "AgentManagerAgentStatus": ".agent_manager_agent_status",
    "AIAuditsCreated": ".ai_audits_created",
    "AIManagerAIcall": ".ai_manager_a_icall",
    "AIManagerAIcallAssistanceType": ".ai_manager_a_icall_assistance_type",
    "AIManagerAIcallMetadata": ".ai_manager_a_icall_metadata",
    "AIManagerAIcallParameter": ".ai_manager_a_icall_parameter",
    "AIManagerAIcallReferenceType": ".ai_manager_a_icall_reference_type",
    "AIManagerAIcallStatus": ".ai_manager_a_icall_status",
    "AIManagerAI": ".ai_manager_ai",
    "AIManagerAIAudit": ".ai_manager_ai_audit",
    "AIManagerAIAuditEvaluation": ".ai_manager_ai_audit_evaluation",
    "AIManagerAIAuditStatus": ".ai_manager_ai_audit_status",
    "AIManagerAIEngineModel": ".ai_manager_ai_engine_model",
    "AIManagerAIParameter": ".ai_manager_ai_parameter",
    "AIManagerAIPromptHistory": ".ai_manager_ai_prompt_history",
    "AIManagerAIPromptProposal": ".ai_manager_ai_prompt_proposal",
    "AIManagerAIPromptProposalStatus": ".ai_manager_ai_prompt_proposal_status",
    "AIManagerAIType": ".ai_manager_ai_type",
    "AIManagerAISTTType": ".ai_manager_aistt_type",
    "AIManagerAITTSType": ".ai_manager_aitts_type",
    "AIManagerMessage": ".ai_manager_message",
    "AIManagerMessageDirection": ".ai_manager_message_direction",
    "AIManagerMessageRole": ".ai_manager_message_role",
    "AIManagerMessageToolCallsItem": ".ai_manager_message_tool_calls_item",
    "AIManagerMessageToolCallsItemFunction": ".ai_manager_message_tool_calls_item_function",
    "AIManagerParticipant": ".ai_manager_participant",
    "AIManagerPromptSnapshot": ".ai_manager_prompt_snapshot",
    "AIManagerSummary": ".ai_manager_summary",
    "AIManagerSummaryReferenceType": ".ai_manager_summary_reference_type",
    "AIManagerSummaryStatus": ".ai_manager_summary_status",
    "AIManagerTeam": ".ai_manager_team",
    "AIManagerTeamMember": ".ai_manager_team_member",
    "AIManagerTeamParameter": ".ai_manager_team_parameter",
    "AIManagerTeamTransition": ".ai_manager_team_transition",
    "AIManagerToolName": ".ai_manager_tool_name",
    "AIManagerVADConfig": ".ai_manager_vad_config",
    "AuthBootResponse": ".auth_boot_response",
    "AuthBootResponseResourceData": ".auth_boot_response_resource_data",
    "AuthBootResponseType": ".auth_boot_response_type",
    "AuthDelegateResponse": ".auth_delegate_response",
    "BillingManagerAccount": ".billing_manager_account",
    "BillingManagerAccountAdmin": ".billing_manager_account_admin",
    "BillingManagerAccountPaymentMethod": ".billing_manager_account_payment_method",
    "BillingManagerAccountPaymentType": ".billing_manager_account_payment_type",
    "BillingManagerAccountPlanStatus": ".billing_manager_account_plan_status",
    "BillingManagerAccountPlanType": ".billing_manager_account_plan_type",
    "BillingManagerAccountStatus": ".billing_manager_account_status",
    "BillingManagerBilling": ".billing_manager_billing",
    "BillingManagerBillingCostType": ".billing_manager_billing_cost_type",
    "BillingManagerBillingStatus": ".billing_manager_billing_status",
    "BillingManagerBillingTransactionType": ".billing_manager_billing_transaction_type",
    "BillingManagerBillingreferenceType": ".billing_manager_billingreference_type",
    "CallManagerCall": ".call_manager_call",
    "CallManagerCallDirection": ".call_manager_call_direction",
    "CallManagerCallHangupBy": ".call_manager_call_hangup_by",
    "CallManagerCallHangupReason": ".call_manager_call_hangup_reason",
    "CallManagerCallMetadata": ".call_manager_call_metadata",
    "CallManagerCallMuteDirection": ".call_manager_call_mute_direction",
    "CallManagerCallStatus": ".call_manager_call_status",
    "CallManagerCallType": ".call_manager_call_type",
    "CallManagerExternalMedia": ".call_manager_external_media",
    "CallManagerExternalMediaDirectionListen": ".call_manager_external_media_direction_listen",
    "CallManagerExternalMediaDirectionSpeak": ".call_manager_external_media_direction_speak",
    "CallManagerExternalMediaEncapsulation": ".call_manager_external_media_encapsulation",
    "CallManagerExternalMediaReferenceType": ".call_manager_external_media_reference_type",
    "CallManagerExternalMediaStatus": ".call_manager_external_media_status",
    "CallManagerExternalMediaTransport": ".call_manager_external_media_transport",
    "CallManagerGroupcall": ".call_manager_groupcall",
    "CallManagerGroupcallAnswerMethod": ".call_manager_groupcall_answer_method",
    "CallManagerGroupcallRingMethod": ".call_manager_groupcall_ring_method",
    "CallManagerGroupcallStatus": ".call_manager_groupcall_status",
    "CallManagerOutboundConfig": ".call_manager_outbound_config",
    "CallManagerOutboundConfigList": ".call_manager_outbound_config_list",
    "CallManagerOutboundConfigUpdateRequest": ".call_manager_outbound_config_update_request",
    "CallManagerRecording": ".call_manager_recording",
    "CallManagerRecordingFormat": ".call_manager_recording_format",
    "CallManagerRecordingReferenceType": ".call_manager_recording_reference_type",
    "CallManagerRecordingStatus": ".call_manager_recording_status",
    "CallsCreated": ".calls_created",
    "CampaignManagerCampaign": ".campaign_manager_campaign",
    "CampaignManagerCampaignEndHandle": ".campaign_manager_campaign_end_handle",
    "CampaignManagerCampaignExecute": ".campaign_manager_campaign_execute",
    "CampaignManagerCampaignStatus": ".campaign_manager_campaign_status",
    "CampaignManagerCampaignType": ".campaign_manager_campaign_type",
    "CampaignManagerCampaigncall": ".campaign_manager_campaigncall",
    "CampaignManagerCampaigncallReferenceType": ".campaign_manager_campaigncall_reference_type",
    "CampaignManagerCampaigncallResult": ".campaign_manager_campaigncall_result",
    "CampaignManagerCampaigncallStatus": ".campaign_manager_campaigncall_status",
    "CampaignManagerOutplan": ".campaign_manager_outplan",
    "CaseNoteDeleted": ".case_note_deleted",
    "CommonAddress": ".common_address",
    "CommonAddressType": ".common_address_type",
    "CommonPagination": ".common_pagination",
    "ConferenceManagerConference": ".conference_manager_conference",
    "ConferenceManagerConferenceData": ".conference_manager_conference_data",
    "ConferenceManagerConferenceStatus": ".conference_manager_conference_status",
    "ConferenceManagerConferenceType": ".conference_manager_conference_type",
    "ConferenceManagerConferencecall": ".conference_manager_conferencecall",
    "ConferenceManagerConferencecallReferenceType": ".conference_manager_conferencecall_reference_type",
    "ConferenceManagerConferencecallStatus": ".conference_manager_conferencecall_status",
    "ContactManagerAddress": ".contact_manager_address",
    "ContactManagerCase": ".contact_manager_case",
    "ContactManagerCaseListResponse": ".contact_manager_case_list_response",
    "ContactManagerCaseNote": ".contact_manager_case_note",
    "ContactManagerCaseNoteAuthorType": ".contact_manager_case_note_author_type",
    "ContactManagerCaseNoteListResponse": ".contact_manager_case_note_list_response",
    "ContactManagerCaseStatus": ".contact_manager_case_status",
    "ContactManagerContact": ".contact_manager_contact",
    "ContactManagerContactSource": ".contact_manager_contact_source",
    "ConversationManagerAccount": ".conversation_manager_account",
    "ConversationManagerAccountProviderData": ".conversation_manager_account_provider_data",
    "ConversationManagerAccountType": ".conversation_manager_account_type",
    "ConversationManagerConversation": ".conversation_manager_conversation",
    "ConversationManagerConversationType": ".conversation_manager_conversation_type",
    "ConversationManagerMedia": ".conversation_manager_media",
    "ConversationManagerMediaType": ".conversation_manager_media_type",
    "ConversationManagerMessage": ".conversation_manager_message",
    "ConversationManagerMessageDirection": ".conversation_manager_message_direction",
    "ConversationManagerMessageReferenceType": ".conversation_manager_message_reference_type",
    "ConversationManagerMessageStatus": ".conversation_manager_message_status",
    "CustomerManagerAccesskey": ".customer_manager_accesskey",
    "CustomerManagerCustomer": ".customer_manager_customer",
    "CustomerManagerCustomerAdmin": ".customer_manager_customer_admin",
    "CustomerManagerCustomerIdentityVerificationStatus": ".customer_manager_customer_identity_verification_status",
    "CustomerManagerCustomerStatus": ".customer_manager_customer_status",
    "CustomerManagerCustomerWebhookMethod": ".customer_manager_customer_webhook_method",
    "CustomerManagerEmailVerifyResult": ".customer_manager_email_verify_result",
    "CustomerManagerMetadata": ".customer_manager_metadata",
    "CustomerManagerSignupResult": ".customer_manager_signup_result",
    "DeleteCallsIdMuteBody": ".delete_calls_id_mute_body",
    "EmailManagerEmail": ".email_manager_email",
    "EmailManagerEmailAttachment": ".email_manager_email_attachment",
    "EmailManagerEmailAttachmentReferenceType": ".email_manager_email_attachment_reference_type",
    "EmailManagerEmailStatus": ".email_manager_email_status",
    "ErrorBody": ".error_body",
    "ErrorBodyDetailsItem": ".error_body_details_item",
    "ErrorBodyStatus": ".error_body_status",
    "ErrorResponse": ".error_response",
    "FlowManagerAction": ".flow_manager_action",
    "FlowManagerActionOption": ".flow_manager_action_option",
    "FlowManagerActionOptionAISummary": ".flow_manager_action_option_ai_summary",
    "FlowManagerActionOptionAITalk": ".flow_manager_action_option_ai_talk",
    "FlowManagerActionOptionAMD": ".flow_manager_action_option_amd",
    "FlowManagerActionOptionAMDMachineHandle": ".flow_manager_action_option_amd_machine_handle",
    "FlowManagerActionOptionAnswer": ".flow_manager_action_option_answer",
    "FlowManagerActionOptionBeep": ".flow_manager_action_option_beep",
    "FlowManagerActionOptionBranch": ".flow_manager_action_option_branch",
    "FlowManagerActionOptionBranchTargetIds": ".flow_manager_action_option_branch_target_ids",
    "FlowManagerActionOptionCall": ".flow_manager_action_option_call",
    "FlowManagerActionOptionCallAnonymous": ".flow_manager_action_option_call_anonymous",
    "FlowManagerActionOptionConfbridgeJoin": ".flow_manager_action_option_confbridge_join",
    "FlowManagerActionOptionConferenceJoin": ".flow_manager_action_option_conference_join",
    "FlowManagerActionOptionConnect": ".flow_manager_action_option_connect",
    "FlowManagerActionOptionConnectAnonymous": ".flow_manager_action_option_connect_anonymous",
    "FlowManagerActionOptionConversationSend": ".flow_manager_action_option_conversation_send",
    "FlowManagerActionOptionDigitsReceive": ".flow_manager_action_option_digits_receive",
    "FlowManagerActionOptionDigitsSend": ".flow_manager_action_option_digits_send",
    "FlowManagerActionOptionEcho": ".flow_manager_action_option_echo",
    "FlowManagerActionOptionEmailSend": ".flow_manager_action_option_email_send",
    "FlowManagerActionOptionExternalMediaStart": ".flow_manager_action_option_external_media_start",
    "FlowManagerActionOptionExternalMediaStop": ".flow_manager_action_option_external_media_stop",
    "FlowManagerActionOptionFetch": ".flow_manager_action_option_fetch",
    "FlowManagerActionOptionFetchFlow": ".flow_manager_action_option_fetch_flow",
    "FlowManagerActionOptionGoto": ".flow_manager_action_option_goto",
    "FlowManagerActionOptionHangup": ".flow_manager_action_option_hangup",
    "FlowManagerActionOptionMessageSend": ".flow_manager_action_option_message_send",
    "FlowManagerActionOptionMessageSendSource": ".flow_manager_action_option_message_send_source",
    "FlowManagerActionOptionMessageSendSourceType": ".flow_manager_action_option_message_send_source_type",
    "FlowManagerActionOptionPlay": ".flow_manager_action_option_play",
    "FlowManagerActionOptionQueueJoin": ".flow_manager_action_option_queue_join",
    "FlowManagerActionOptionRecordingStart": ".flow_manager_action_option_recording_start",
    "FlowManagerActionOptionRecordingStop": ".flow_manager_action_option_recording_stop",
    "FlowManagerActionOptionSleep": ".flow_manager_action_option_sleep",
    "FlowManagerActionOptionStreamEcho": ".flow_manager_action_option_stream_echo",
    "FlowManagerActionOptionTalk": ".flow_manager_action_option_talk",
    "FlowManagerActionOptionTalkDigitsHandle": ".flow_manager_action_option_talk_digits_handle",
    "FlowManagerActionOptionTranscribeRecording": ".flow_manager_action_option_transcribe_recording",
    "FlowManagerActionOptionTranscribeStart": ".flow_manager_action_option_transcribe_start",
    "FlowManagerActionOptionTranscribeStop": ".flow_manager_action_option_transcribe_stop",
    "FlowManagerActionOptionVariableSet": ".flow_manager_action_option_variable_set",
    "FlowManagerActionOptionWebhookSend": ".flow_manager_action_option_webhook_send",
    "FlowManagerActionOptionWebhookSendMethod": ".flow_manager_action_option_webhook_send_method",
    "FlowManagerActionType": ".flow_manager_action_type",
    "FlowManagerActiveflow": ".flow_manager_activeflow",
    "FlowManagerActiveflowStatus": ".flow_manager_activeflow_status",
    "FlowManagerFlow": ".flow_manager_flow",
    "FlowManagerFlowType": ".flow_manager_flow_type",
    "FlowManagerReferenceType": ".flow_manager_reference_type",
    "FlowManagerWebhookMethod": ".flow_manager_webhook_method",
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
    "MessageManagerMessage": ".message_manager_message",
    "MessageManagerMessageDirection": ".message_manager_message_direction",
    "MessageManagerMessageProviderName": ".message_manager_message_provider_name",
    "MessageManagerMessageType": ".message_manager_message_type",
    "MessageManagerTarget": ".message_manager_target",
    "MessageManagerTargetStatus": ".message_manager_target_status",
    "NumberManagerAvailableNumber": ".number_manager_available_number",
    "NumberManagerAvailableNumberFeature": ".number_manager_available_number_feature",
    "NumberManagerMetadata": ".number_manager_metadata",
    "NumberManagerNumber": ".number_manager_number",
    "NumberManagerNumberProviderName": ".number_manager_number_provider_name",
    "NumberManagerNumberStatus": ".number_manager_number_status",
    "NumberManagerNumberType": ".number_manager_number_type",
    "OutdialManagerOutdial": ".outdial_manager_outdial",
    "OutdialManagerOutdialtarget": ".outdial_manager_outdialtarget",
    "OutdialManagerOutdialtargetStatus": ".outdial_manager_outdialtarget_status",
    "PaddlePortalSession": ".paddle_portal_session",
    "PasswordForgotAccepted": ".password_forgot_accepted",
    "PasswordResetDone": ".password_reset_done",
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
    "PostContactsBodyAddressesItem": ".post_contacts_body_addresses_item",
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
    "PostServiceAgentsContactsBodyAddressesItem": ".post_service_agents_contacts_body_addresses_item",
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
    "QueueManagerQueue": ".queue_manager_queue",
    "QueueManagerQueueRoutingMethod": ".queue_manager_queue_routing_method",
    "QueueManagerQueuecall": ".queue_manager_queuecall",
    "QueueManagerQueuecallReferenceType": ".queue_manager_queuecall_reference_type",
    "QueueManagerQueuecallStatus": ".queue_manager_queuecall_status",
    "RagManagerRag": ".rag_manager_rag",
    "RagManagerRagDocumentStatus": ".rag_manager_rag_document_status",
    "RagManagerRagSource": ".rag_manager_rag_source",
    "RegistrarManagerAuthType": ".registrar_manager_auth_type",
    "RegistrarManagerExtension": ".registrar_manager_extension",
    "RegistrarManagerTrunk": ".registrar_manager_trunk",
    "RequestBodyAuthBootPOST": ".request_body_auth_boot_post",
    "RequestBodyAuthEmailVerifyPOST": ".request_body_auth_email_verify_post",
    "RequestBodyAuthPasswordForgotPOST": ".request_body_auth_password_forgot_post",
    "RequestBodyAuthPasswordResetPOST": ".request_body_auth_password_reset_post",
    "RequestBodyAuthSignupPOST": ".request_body_auth_signup_post",
    "RequestBodyAuthUnregisterPOST": ".request_body_auth_unregister_post",
    "RouteManagerProvider": ".route_manager_provider",
    "RouteManagerProviderCall": ".route_manager_provider_call",
    "RouteManagerProviderCallAnonymous": ".route_manager_provider_call_anonymous",
    "RouteManagerProviderHealthStatus": ".route_manager_provider_health_status",
    "RouteManagerProviderMetadata": ".route_manager_provider_metadata",
    "RouteManagerProviderSetupRequest": ".route_manager_provider_setup_request",
    "RouteManagerProviderSetupRequestCarrier": ".route_manager_provider_setup_request_carrier",
    "RouteManagerProviderSetupRequestCredentials": ".route_manager_provider_setup_request_credentials",
    "RouteManagerProviderTechHeaders": ".route_manager_provider_tech_headers",
    "RouteManagerProviderType": ".route_manager_provider_type",
    "RouteManagerRoute": ".route_manager_route",
    "SipAnalysis": ".sip_analysis",
    "SipAnalysisRtcpStats": ".sip_analysis_rtcp_stats",
    "SipAnalysisSipMessagesItem": ".sip_analysis_sip_messages_item",
    "StorageManagerAccount": ".storage_manager_account",
    "StorageManagerFile": ".storage_manager_file",
    "StorageManagerFileReferenceType": ".storage_manager_file_reference_type",
    "StorageManagerFileType": ".storage_manager_file_type",
    "TagManagerTag": ".tag_manager_tag",
    "TalkManagerMedia": ".talk_manager_media",
    "TalkManagerMediaType": ".talk_manager_media_type",
    "TalkManagerMessage": ".talk_manager_message",
    "TalkManagerMessageType": ".talk_manager_message_type",
    "TalkManagerMetadata": ".talk_manager_metadata",
    "TalkManagerParticipant": ".talk_manager_participant",
    "TalkManagerParticipantInput": ".talk_manager_participant_input",
    "TalkManagerReaction": ".talk_manager_reaction",
    "TalkManagerTalk": ".talk_manager_talk",
    "TalkManagerTalkType": ".talk_manager_talk_type",
    "TimelineManagerAnalysis": ".timeline_manager_analysis",
    "TimelineManagerAnalysisResult": ".timeline_manager_analysis_result",
    "TimelineManagerAnalysisStatus": ".timeline_manager_analysis_status",
    "TimelineManagerEvent": ".timeline_manager_event",
    "TimelineManagerEventData": ".timeline_manager_event_data",
    "TimelineManagerPeerEvent": ".timeline_manager_peer_event",
    "TimelineManagerPeerEventData": ".timeline_manager_peer_event_data",
    "TimelineManagerPeerEventDirection": ".timeline_manager_peer_event_direction",
    "TimelineManagerPeerEventListResponse": ".timeline_manager_peer_event_list_response",
    "TimelineManagerPeerEventPublisher": ".timeline_manager_peer_event_publisher",
    "TranscribeManagerSpeechWebhookMessage": ".transcribe_manager_speech_webhook_message",
    "TranscribeManagerTranscribe": ".transcribe_manager_transcribe",
    "TranscribeManagerTranscribeDirection": ".transcribe_manager_transcribe_direction",
    "TranscribeManagerTranscribeProvider": ".transcribe_manager_transcribe_provider",
    "TranscribeManagerTranscribeReferenceType": ".transcribe_manager_transcribe_reference_type",
    "TranscribeManagerTranscribeStatus": ".transcribe_manager_transcribe_status",
    "TranscribeManagerTranscript": ".transcribe_manager_transcript",
    "TranscribeManagerTranscriptDirection": ".transcribe_manager_transcript_direction",
    "TransferManagerTransfer": ".transfer_manager_transfer",
    "TransferManagerTransferType": ".transfer_manager_transfer_type",
    "TtsManagerSpeaking": ".tts_manager_speaking",
    "TtsManagerSpeakingDirection": ".tts_manager_speaking_direction",
    "TtsManagerSpeakingReferenceType": ".tts_manager_speaking_reference_type",
    "TtsManagerSpeakingStatus": ".tts_manager_speaking_status",
    "WebchatManagerMessage": ".webchat_manager_message",
    "WebchatManagerMessageDirection": ".webchat_manager_message_direction",
    "WebchatManagerMessageStatus": ".webchat_manager_message_status",
    "WebchatManagerSession": ".webchat_manager_session",
    "WebchatManagerSessionStatus": ".webchat_manager_session_status",
    "WebchatManagerWidget": ".webchat_manager_widget",
    "WebchatManagerWidgetPosition": ".webchat_manager_widget_position",
    "WebchatManagerWidgetStatus": ".webchat_manager_widget_status",
    "WebchatManagerWidgetThemeConfig": ".webchat_manager_widget_theme_config",
    "WebchatManagerWidgetThemeConfigBorderRadius": ".webchat_manager_widget_theme_config_border_radius",
    "WebchatManagerWidgetThemeConfigFontSize": ".webchat_manager_widget_theme_config_font_size",
    "WebchatManagerWidgetThemeMode": ".webchat_manager_widget_theme_mode",
}

__all__ = (
    "AIAuditsCreated",
    "AIManagerAI",
    "AIManagerAIAudit",
    "AIManagerAIAuditEvaluation",
    "AIManagerAIAuditStatus",
    "AIManagerAIEngineModel",
    "AIManagerAIParameter",
    "AIManagerAIPromptHistory",
    "AIManagerAIPromptProposal",
    "AIManagerAIPromptProposalStatus",
    "AIManagerAISTTType",
    "AIManagerAITTSType",
    "AIManagerAIType",
    "AIManagerAIcall",
    "AIManagerAIcallAssistanceType",
    "AIManagerAIcallMetadata",
    "AIManagerAIcallParameter",
    "AIManagerAIcallReferenceType",
    "AIManagerAIcallStatus",
    "AIManagerMessage",
    "AIManagerMessageDirection",
    "AIManagerMessageRole",
    "AIManagerMessageToolCallsItem",
    "AIManagerMessageToolCallsItemFunction",
    "AIManagerParticipant",
    "AIManagerPromptSnapshot",
    "AIManagerSummary",
    "AIManagerSummaryReferenceType",
    "AIManagerSummaryStatus",
    "AIManagerTeam",
    "AIManagerTeamMember",
    "AIManagerTeamParameter",
    "AIManagerTeamTransition",
    "AIManagerToolName",
    "AIManagerVADConfig",
    "AgentManagerAgent",
    "AgentManagerAgentPermission",
    "AgentManagerAgentRingMethod",
    "AgentManagerAgentStatus",
    "AuthBootResponse",
    "AuthBootResponseResourceData",
    "AuthBootResponseType",
    "AuthDelegateResponse",
    "BillingManagerAccount",
    "BillingManagerAccountAdmin",
    "BillingManagerAccountPaymentMethod",
    "BillingManagerAccountPaymentType",
    "BillingManagerAccountPlanStatus",
    "BillingManagerAccountPlanType",
    "BillingManagerAccountStatus",
    "BillingManagerBilling",
    "BillingManagerBillingCostType",
    "BillingManagerBillingStatus",
    "BillingManagerBillingTransactionType",
    "BillingManagerBillingreferenceType",
    "CallManagerCall",
    "CallManagerCallDirection",
    "CallManagerCallHangupBy",
    "CallManagerCallHangupReason",
    "CallManagerCallMetadata",
    "CallManagerCallMuteDirection",
    "CallManagerCallStatus",
    "CallManagerCallType",
    "CallManagerExternalMedia",
    "CallManagerExternalMediaDirectionListen",
    "CallManagerExternalMediaDirectionSpeak",
    "CallManagerExternalMediaEncapsulation",
    "CallManagerExternalMediaReferenceType",
    "CallManagerExternalMediaStatus",
    "CallManagerExternalMediaTransport",
    "CallManagerGroupcall",
    "CallManagerGroupcallAnswerMethod",
    "CallManagerGroupcallRingMethod",
    "CallManagerGroupcallStatus",
    "CallManagerOutboundConfig",
    "CallManagerOutboundConfigList",
    "CallManagerOutboundConfigUpdateRequest",
    "CallManagerRecording",
    "CallManagerRecordingFormat",
    "CallManagerRecordingReferenceType",
    "CallManagerRecordingStatus",
    "CallsCreated",
    "CampaignManagerCampaign",
    "CampaignManagerCampaignEndHandle",
    "CampaignManagerCampaignExecute",
    "CampaignManagerCampaignStatus",
    "CampaignManagerCampaignType",
    "CampaignManagerCampaigncall",
    "CampaignManagerCampaigncallReferenceType",
    "CampaignManagerCampaigncallResult",
    "CampaignManagerCampaigncallStatus",
    "CampaignManagerOutplan",
    "CaseNoteDeleted",
    "CommonAddress",
    "CommonAddressType",
    "CommonPagination",
    "ConferenceManagerConference",
    "ConferenceManagerConferenceData",
    "ConferenceManagerConferenceStatus",
    "ConferenceManagerConferenceType",
    "ConferenceManagerConferencecall",
    "ConferenceManagerConferencecallReferenceType",
    "ConferenceManagerConferencecallStatus",
    "ContactManagerAddress",
    "ContactManagerCase",
    "ContactManagerCaseListResponse",
    "ContactManagerCaseNote",
    "ContactManagerCaseNoteAuthorType",
    "ContactManagerCaseNoteListResponse",
    "ContactManagerCaseStatus",
    "ContactManagerContact",
    "ContactManagerContactSource",
    "ConversationManagerAccount",
    "ConversationManagerAccountProviderData",
    "ConversationManagerAccountType",
    "ConversationManagerConversation",
    "ConversationManagerConversationType",
    "ConversationManagerMedia",
    "ConversationManagerMediaType",
    "ConversationManagerMessage",
    "ConversationManagerMessageDirection",
    "ConversationManagerMessageReferenceType",
    "ConversationManagerMessageStatus",
    "CustomerManagerAccesskey",
    "CustomerManagerCustomer",
    "CustomerManagerCustomerAdmin",
    "CustomerManagerCustomerIdentityVerificationStatus",
    "CustomerManagerCustomerStatus",
    "CustomerManagerCustomerWebhookMethod",
    "CustomerManagerEmailVerifyResult",
    "CustomerManagerMetadata",
    "CustomerManagerSignupResult",
    "DeleteCallsIdMuteBody",
    "EmailManagerEmail",
    "EmailManagerEmailAttachment",
    "EmailManagerEmailAttachmentReferenceType",
    "EmailManagerEmailStatus",
    "ErrorBody",
    "ErrorBodyDetailsItem",
    "ErrorBodyStatus",
    "ErrorResponse",
    "FlowManagerAction",
    "FlowManagerActionOption",
    "FlowManagerActionOptionAISummary",
    "FlowManagerActionOptionAITalk",
    "FlowManagerActionOptionAMD",
    "FlowManagerActionOptionAMDMachineHandle",
    "FlowManagerActionOptionAnswer",
    "FlowManagerActionOptionBeep",
    "FlowManagerActionOptionBranch",
    "FlowManagerActionOptionBranchTargetIds",
    "FlowManagerActionOptionCall",
    "FlowManagerActionOptionCallAnonymous",
    "FlowManagerActionOptionConfbridgeJoin",
    "FlowManagerActionOptionConferenceJoin",
    "FlowManagerActionOptionConnect",
    "FlowManagerActionOptionConnectAnonymous",
    "FlowManagerActionOptionConversationSend",
    "FlowManagerActionOptionDigitsReceive",
    "FlowManagerActionOptionDigitsSend",
    "FlowManagerActionOptionEcho",
    "FlowManagerActionOptionEmailSend",
    "FlowManagerActionOptionExternalMediaStart",
    "FlowManagerActionOptionExternalMediaStop",
    "FlowManagerActionOptionFetch",
    "FlowManagerActionOptionFetchFlow",
    "FlowManagerActionOptionGoto",
    "FlowManagerActionOptionHangup",
    "FlowManagerActionOptionMessageSend",
    "FlowManagerActionOptionMessageSendSource",
    "FlowManagerActionOptionMessageSendSourceType",
    "FlowManagerActionOptionPlay",
    "FlowManagerActionOptionQueueJoin",
    "FlowManagerActionOptionRecordingStart",
    "FlowManagerActionOptionRecordingStop",
    "FlowManagerActionOptionSleep",
    "FlowManagerActionOptionStreamEcho",
    "FlowManagerActionOptionTalk",
    "FlowManagerActionOptionTalkDigitsHandle",
    "FlowManagerActionOptionTranscribeRecording",
    "FlowManagerActionOptionTranscribeStart",
    "FlowManagerActionOptionTranscribeStop",
    "FlowManagerActionOptionVariableSet",
    "FlowManagerActionOptionWebhookSend",
    "FlowManagerActionOptionWebhookSendMethod",
    "FlowManagerActionType",
    "FlowManagerActiveflow",
    "FlowManagerActiveflowStatus",
    "FlowManagerFlow",
    "FlowManagerFlowType",
    "FlowManagerReferenceType",
    "FlowManagerWebhookMethod",
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
    "MessageManagerMessage",
    "MessageManagerMessageDirection",
    "MessageManagerMessageProviderName",
    "MessageManagerMessageType",
    "MessageManagerTarget",
    "MessageManagerTargetStatus",
    "NumberManagerAvailableNumber",
    "NumberManagerAvailableNumberFeature",
    "NumberManagerMetadata",
    "NumberManagerNumber",
    "NumberManagerNumberProviderName",
    "NumberManagerNumberStatus",
    "NumberManagerNumberType",
    "OutdialManagerOutdial",
    "OutdialManagerOutdialtarget",
    "OutdialManagerOutdialtargetStatus",
    "PaddlePortalSession",
    "PasswordForgotAccepted",
    "PasswordResetDone",
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
    "PostContactsBodyAddressesItem",
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
    "PostServiceAgentsContactsBodyAddressesItem",
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
    "QueueManagerQueue",
    "QueueManagerQueueRoutingMethod",
    "QueueManagerQueuecall",
    "QueueManagerQueuecallReferenceType",
    "QueueManagerQueuecallStatus",
    "RagManagerRag",
    "RagManagerRagDocumentStatus",
    "RagManagerRagSource",
    "RegistrarManagerAuthType",
    "RegistrarManagerExtension",
    "RegistrarManagerTrunk",
    "RequestBodyAuthBootPOST",
    "RequestBodyAuthEmailVerifyPOST",
    "RequestBodyAuthPasswordForgotPOST",
    "RequestBodyAuthPasswordResetPOST",
    "RequestBodyAuthSignupPOST",
    "RequestBodyAuthUnregisterPOST",
    "RouteManagerProvider",
    "RouteManagerProviderCall",
    "RouteManagerProviderCallAnonymous",
    "RouteManagerProviderHealthStatus",
    "RouteManagerProviderMetadata",
    "RouteManagerProviderSetupRequest",
    "RouteManagerProviderSetupRequestCarrier",
    "RouteManagerProviderSetupRequestCredentials",
    "RouteManagerProviderTechHeaders",
    "RouteManagerProviderType",
    "RouteManagerRoute",
    "SipAnalysis",
    "SipAnalysisRtcpStats",
    "SipAnalysisSipMessagesItem",
    "StorageManagerAccount",
    "StorageManagerFile",
    "StorageManagerFileReferenceType",
    "StorageManagerFileType",
    "TagManagerTag",
    "TalkManagerMedia",
    "TalkManagerMediaType",
    "TalkManagerMessage",
    "TalkManagerMessageType",
    "TalkManagerMetadata",
    "TalkManagerParticipant",
    "TalkManagerParticipantInput",
    "TalkManagerReaction",
    "TalkManagerTalk",
    "TalkManagerTalkType",
    "TimelineManagerAnalysis",
    "TimelineManagerAnalysisResult",
    "TimelineManagerAnalysisStatus",
    "TimelineManagerEvent",
    "TimelineManagerEventData",
    "TimelineManagerPeerEvent",
    "TimelineManagerPeerEventData",
    "TimelineManagerPeerEventDirection",
    "TimelineManagerPeerEventListResponse",
    "TimelineManagerPeerEventPublisher",
    "TranscribeManagerSpeechWebhookMessage",
    "TranscribeManagerTranscribe",
    "TranscribeManagerTranscribeDirection",
    "TranscribeManagerTranscribeProvider",
    "TranscribeManagerTranscribeReferenceType",
    "TranscribeManagerTranscribeStatus",
    "TranscribeManagerTranscript",
    "TranscribeManagerTranscriptDirection",
    "TransferManagerTransfer",
    "TransferManagerTransferType",
    "TtsManagerSpeaking",
    "TtsManagerSpeakingDirection",
    "TtsManagerSpeakingReferenceType",
    "TtsManagerSpeakingStatus",
    "WebchatManagerMessage",
    "WebchatManagerMessageDirection",
    "WebchatManagerMessageStatus",
    "WebchatManagerSession",
    "WebchatManagerSessionStatus",
    "WebchatManagerWidget",
    "WebchatManagerWidgetPosition",
    "WebchatManagerWidgetStatus",
    "WebchatManagerWidgetThemeConfig",
    "WebchatManagerWidgetThemeConfigBorderRadius",
    "WebchatManagerWidgetThemeConfigFontSize",
    "WebchatManagerWidgetThemeMode",
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
