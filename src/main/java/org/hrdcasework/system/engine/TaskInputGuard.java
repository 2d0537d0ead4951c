package org.hrdcasework.system.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskFailureCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.CaseExecutionVariableCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.hrdcasework.system.web.InvalidInputException;

/**
 * A person may give the engine data only by completing a task through its form. For every
 * top-level command run by an authenticated user (engine REST, the webapps' engine API):
 * <ul>
 *   <li>completing, resolving or submitting the form of a task accepts only the fields of that
 *   task's deployed form, with values the form can produce (options, numbers, booleans, dates,
 *   bounded text);</li>
 *   <li>setting, changing or removing variables directly is refused;</li>
 *   <li>any other command that would carry variables into an instance (message correlation,
 *   signals, starts, modification, migration, condition evaluation, BPMN errors and escalations,
 *   external tasks) is refused when it carries any;</li>
 *   <li>starting or restarting an instance is refused even without variables: the product's API
 *   starts every process, with its mission;</li>
 *   <li>adding or changing a comment on a task or instance, creating a standalone task, or
 *   changing a task's name or description is refused: the engine keeps that text in clear, beyond
 *   the reach of encryption and retention.</li>
 * </ul>
 * A refusal is a {@link BadUserRequestException} (400) whose cause is an
 * {@link InvalidInputException} naming the variable; nothing has run. Our own code (the /api
 * services, delegates, the job executor) runs unauthenticated or nested in a command and is not
 * concerned.
 */
final class TaskInputGuard extends CommandInterceptor {

    /** Commands that write or remove variables by name: never for a person. */
    private static final List<Class<?>> VARIABLE_WRITES = List.of(AbstractSetVariableCmd.class,
            AbstractRemoveVariableCmd.class, AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
            CaseExecutionVariableCmd.class);

    /** Commands that may carry variables besides what they are for: refused when they do. */
    private static final List<Class<?>> VARIABLE_CARRIERS = List.of(AbstractCorrelateMessageCmd.class,
            CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
            SignalCmd.class, StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class,
            SubmitStartFormCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
            RestartProcessInstancesCmd.class, EvaluateStartConditionCmd.class, MigrateProcessInstanceCmd.class,
            MigrateProcessInstanceBatchCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            CompleteExternalTaskCmd.class, HandleExternalTaskBpmnErrorCmd.class, HandleExternalTaskFailureCmd.class);

    /** Commands that start an instance: only the product's API may, because it decides the instance's mission. */
    private static final List<Class<?>> STARTS = List.of(StartProcessInstanceCmd.class,
            StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class, RestartProcessInstancesCmd.class);

    /** Comments are free text the engine keeps in clear (ACT_HI_COMMENT): not taken from anyone. */
    private static final List<Class<?>> COMMENTS = List.of(AddCommentCmd.class, UpdateCommentCmd.class);

    static final String NOT_SETTABLE = "variables are set only by completing a task's form";
    static final String NOT_CREATABLE = "tasks come only from the processes, which give them their mission";
    static final String TEXT_FROM_MODEL = "a task's name and description come from its model; "
            + "notes go in the task's form, where they are stored encrypted";
    static final String NO_COMMENTS = "comments are not kept (the engine would store them in clear); "
            + "write notes in the task's form, where they are stored encrypted";
    static final String NOT_STARTABLE = "processes are started only through the product's API, which sets their mission";

    private final ProcessEngineConfigurationImpl configuration;

    TaskInputGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** Adds the guard in front of both command executors. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        TaskInputGuard guard = new TaskInputGuard(configuration);
        List<CommandInterceptor> required = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        required.add(0, guard);
        configuration.setCustomPreCommandInterceptorsTxRequired(required);
        List<CommandInterceptor> requiresNew = configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequiresNew());
        requiresNew.add(0, new TaskInputGuard(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(requiresNew);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null || configuration.getIdentityService().getCurrentAuthentication() == null) {
            return next.execute(command);
        }
        if (isA(command, COMMENTS)) {
            throw refused("message", NO_COMMENTS);
        }
        if (command instanceof SaveTaskCmd) {
            checkTaskText((TaskEntity) read(command, "task"));
        }
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            Map<String, Object> variables = variablesOf(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
            if (variables != null && !variables.isEmpty()) {
                next.execute(new CheckTaskForm((String) read(command, "taskId"), variables));
            }
        } else if (isA(command, VARIABLE_WRITES)) {
            throw refused(Optional.ofNullable(VariableScan.firstName(command, true)).orElse("variables"), NOT_SETTABLE);
        } else if (isA(command, VARIABLE_CARRIERS)) {
            String name = VariableScan.firstName(command, false);
            if (name != null) {
                throw refused(name, NOT_SETTABLE);
            }
            if (isA(command, STARTS)) {
                // Without a start variable the instance would belong to no mission at all.
                throw refused("processDefinition", NOT_STARTABLE);
            }
        }
        return next.execute(command);
    }

    /**
     * Tasklist saves the whole task to change its due or follow-up date: that passes. A new
     * standalone task (it would belong to no mission) or a changed name or description (free text
     * the engine keeps in clear) is refused.
     */
    private void checkTaskText(TaskEntity task) {
        if (task == null || task.getRevision() == 0) {
            throw refused("task", NOT_CREATABLE);
        }
        TaskEntity stored = next.execute(context -> context.getTaskManager().findTaskById(task.getId()));
        if (stored == null) {
            return; // the engine answers that the task does not exist
        }
        if (!Objects.equals(stored.getName(), task.getName())) {
            throw refused("name", TEXT_FROM_MODEL);
        }
        if (!Objects.equals(stored.getDescription(), task.getDescription())) {
            throw refused("description", TEXT_FROM_MODEL);
        }
    }

    private static boolean isA(Object command, List<Class<?>> types) {
        return types.stream().anyMatch(type -> type.isInstance(command));
    }

    static BadUserRequestException refused(String field, String reason) {
        return new TaskInputRefused(new InvalidInputException(shorten(field), reason));
    }

    /** A variable name is the caller's text: keep it short in the answer. */
    private static String shorten(String name) {
        String printable = name.replaceAll("[^\\p{Alnum}_.$-]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variablesOf(Object command, String fieldName) {
        return (Map<String, Object>) read(command, fieldName);
    }

    /** Reads an engine command's field; fails closed if the engine's classes change shape. */
    private static Object read(Object target, String fieldName) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(fieldName);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException | RuntimeException e) {
                break;
            }
        }
        throw refused("variables", "cannot be checked");
    }

    /** The refusal as the engine REST answers it: 400, with our input error as the cause. */
    static final class TaskInputRefused extends BadUserRequestException {

        TaskInputRefused(InvalidInputException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Checks the submitted variables against the task's deployed form, in its own read-only command. */
    private static final class CheckTaskForm implements Command<Void> {

        private final String taskId;
        private final Map<String, Object> variables;

        CheckTaskForm(String taskId, Map<String, Object> variables) {
            this.taskId = taskId;
            this.variables = variables;
        }

        @Override
        public Void execute(CommandContext commandContext) {
            TaskEntity task = taskId == null ? null : commandContext.getTaskManager().findTaskById(taskId);
            if (task == null || !commandContext.getTenantManager().isAuthenticatedTenant(task.getTenantId())) {
                // The completion itself answers "not found", as it would without this check.
                return null;
            }
            for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            TaskFormSchema schema = commandContext.runWithoutAuthorization(() -> schemaOf(commandContext));
            schema.check(variables, task::getVariable).ifPresent(refusal -> {
                throw refused(refusal.field(), refusal.reason());
            });
            return null;
        }

        private TaskFormSchema schemaOf(CommandContext commandContext) {
            InputStream form;
            try {
                form = new GetDeployedTaskFormCmd(taskId).execute(commandContext);
            } catch (ProcessEngineException noForm) {
                // A task without a deployed form takes no input at all.
                return TaskFormSchema.none();
            }
            try (form) {
                return TaskFormSchema.parse(form);
            } catch (IOException unreadable) {
                return TaskFormSchema.none();
            }
        }
    }

    /**
     * Finds variable names inside a command and the builders it holds (the engine keeps them in
     * fields such as {@code variables}, {@code processVariablesLocal},
     * {@code payloadProcessInstanceVariables} or instructions' {@code variablesLocal}).
     */
    static final class VariableScan {

        private static final Set<String> NAME_COLLECTIONS = Set.of("variableNames", "deletions", "variablesDeletions",
                "variablesLocalDeletions");
        private static final int MAX_DEPTH = 4;

        private VariableScan() {
        }

        /** The first variable name found, or null; {@code names} also counts names to remove. */
        static String firstName(Object command, boolean names) {
            return scan(command, names, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        private static String scan(Object target, boolean names, int depth, Set<Object> seen) {
            if (target == null || depth > MAX_DEPTH || !seen.add(target)) {
                return null;
            }
            for (Class<?> type = target.getClass(); type != null && type.getName().startsWith("org.camunda.bpm.engine.impl");
                    type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Object value;
                    try {
                        field.setAccessible(true);
                        value = field.get(target);
                    } catch (IllegalAccessException | RuntimeException e) {
                        continue;
                    }
                    String found = inspect(field.getName(), value, names, depth, seen);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static String inspect(String fieldName, Object value, boolean names, int depth, Set<Object> seen) {
            if (value instanceof Map<?, ?> map) {
                boolean variables = fieldName.toLowerCase(java.util.Locale.ROOT).contains("variable")
                        || "modifications".equals(fieldName);
                return variables && !map.isEmpty() ? String.valueOf(map.keySet().iterator().next()) : null;
            }
            if (value instanceof Collection<?> collection) {
                if (names && NAME_COLLECTIONS.contains(fieldName) && !collection.isEmpty()) {
                    return String.valueOf(collection.iterator().next());
                }
                for (Object element : collection) {
                    String found = element != null && isBuilderPart(element.getClass())
                            ? scan(element, names, depth + 1, seen) : null;
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            return value != null && isBuilderPart(value.getClass()) ? scan(value, names, depth + 1, seen) : null;
        }

        /** Builders, instructions and plans, not the engine's services, queries or contexts. */
        private static boolean isBuilderPart(Class<?> type) {
            String name = type.getName();
            return name.startsWith("org.camunda.bpm.engine.impl") && (name.contains("Builder") || name.endsWith("Cmd")
                    || name.contains("Instruction") || name.contains("MigrationPlan"));
        }
    }
}
