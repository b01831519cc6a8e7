<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/users.py" line="+136"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. anna.berg</source>
        <translation>p. ex. anna.berg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given name and family name</source>
        <translation>prénom et nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create and show the one-time code</source>
        <translation>Créer et afficher le code à usage unique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not choose the password: the person chooses their own at first sign-in, with the one-time code shown next.</source>
        <translation>Vous ne choisissez pas le mot de passe : la personne choisit le sien à sa première connexion, avec le code à usage unique affiché ensuite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name: &quot;{username}&quot; is already taken; choose another.</source>
        <translation>Identifiant : « {username} » est déjà pris ; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>AdministerDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/administration.py" line="+61"/>
        <source>Administered - {code}</source>
        <translation>Administré - {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}, C{cycle}D{day}</source>
        <translation>{drug}, C{cycle}D{day}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meaning of this signature: Administered - signed by {name} ({role})</source>
        <translation>Sens de cette signature : Administré - signé par {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolérance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction &amp;grade (CTCAE):</source>
        <translation>&amp;Grade de la réaction (CTCAE) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on:</source>
        <translation>Administré le :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>today, {date}</source>
        <translation>aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your &amp;password:</source>
        <translation>Saisissez à nouveau votre &amp;mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign: Administered</source>
        <translation>Signer : Administré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;heck again</source>
        <translation>Contrôler à &amp;nouveau</translation>
    </message>
</context>
<context>
    <name>AdministrationWords</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/tolerance_choice.py" line="+15"/>
        <source>Well tolerated</source>
        <translation>Bien tolérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild reaction</source>
        <translation>Réaction légère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe hypersensitivity (stop; do not rechallenge)</source>
        <translation>Hypersensibilité sévère (arrêt ; ne pas réintroduire)</translation>
    </message>
    <message>
        <location filename="../../clinic_app/gui/dialogs/administration.py" line="-48"/>
        <source>ANC below threshold</source>
        <translation>PNN sous le seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelets below threshold</source>
        <translation>Plaquettes sous le seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labs missing or too old</source>
        <translation>Biologie manquante ou trop ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuropathy</source>
        <translation>Neuropathie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypersensitivity</source>
        <translation>Hypersensibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercurrent illness</source>
        <translation>Maladie intercurrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient declined</source>
        <translation>Refus du patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient absent</source>
        <translation>Patient absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigator decision</source>
        <translation>Décision de l&apos;investigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (explain in the note)</source>
        <translation>Autre (expliquer dans la note)</translation>
    </message>
</context>
<context>
    <name>AdministrationsModel</name>
    <message>
        <location filename="../../clinic_app/gui/record_models.py" line="+101"/>
        <source>Cycle/day</source>
        <translation>Cycle/jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance / reason</source>
        <translation>Tolérance / motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../../clinic_app/cli/help_text.py" line="+33"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>une valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>au plus une valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins une valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s valeurs attendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir « %(filename)s » : %(error)s</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../clinic_app/gui/record_models.py" line="+50"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../clinic_app/wording/audit.py" line="+17"/>
        <source>ANC (× 10⁹/L)</source>
        <translation>PNN (× 10⁹/L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelets (× 10⁹/L)</source>
        <translation>plaquettes (× 10⁹/L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height (cm)</source>
        <translation>taille (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight (kg)</source>
        <translation>poids (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose (mg)</source>
        <translation>dose (mg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose (mcg)</source>
        <translation>dose (microgrammes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn on</source>
        <translation>prélevé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured on</source>
        <translation>mesuré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done on</source>
        <translation>réalisé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must choose a password</source>
        <translation>doit choisir un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned C1D1</source>
        <translation>C1D1 prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C1D1</source>
        <translation>C1D1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>hospital number</source>
        <translation>IPP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculation</source>
        <translation>calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation details</source>
        <translation>détails de la préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials</source>
        <translation>identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed sign-ins</source>
        <translation>connexions échouées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked until</source>
        <translation>verrouillé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-time code valid until</source>
        <translation>code à usage unique valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied at</source>
        <translation>appliqué le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied version</source>
        <translation>version appliquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned by</source>
        <translation>affecté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned on</source>
        <translation>affecté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated at</source>
        <translation>calculé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated by</source>
        <translation>calculé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed at</source>
        <translation>confirmé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed by</source>
        <translation>confirmé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created at</source>
        <translation>créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle</source>
        <translation>cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided at</source>
        <translation>décidé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>décidé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose record</source>
        <translation>enregistrement de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drug</source>
        <translation>médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended at</source>
        <translation>terminé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrolled on</source>
        <translation>inclus le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record number</source>
        <translation>n° d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires at</source>
        <translation>expire le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported at</source>
        <translation>importé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported by</source>
        <translation>importé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for the late entry</source>
        <translation>motif de la saisie tardive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meaning</source>
        <translation>sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prepared at</source>
        <translation>préparé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared by</source>
        <translation>préparé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed name</source>
        <translation>nom imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol version</source>
        <translation>version du protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded at</source>
        <translation>enregistré le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded by</source>
        <translation>enregistré par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requested at</source>
        <translation>demandé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requested by</source>
        <translation>demandé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed at</source>
        <translation>signé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signer</source>
        <translation>signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the source</source>
        <translation>à la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source site</source>
        <translation>centre d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started at</source>
        <translation>commencé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject code</source>
        <translation>code patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified at</source>
        <translation>vérifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified by</source>
        <translation>vérifié par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided at</source>
        <translation>annulé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided by</source>
        <translation>annulé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onset</source>
        <translation>début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tolerance</source>
        <translation>tolérance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initials</source>
        <translation>initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {old} -&gt; {new}</source>
        <translation>{field} : {old} -&gt; {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../clinic_app/gui/audit_view.py" line="+48"/>
        <source>Subject code</source>
        <translation>Code patient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply filters</source>
        <translation>&amp;Appliquer les filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audit CSV file</source>
        <translation>fichier CSV d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n entry(ies) exported to {path}.</source>
        <translation>
            <numerusform>%n entrée exportée dans {path}.</numerusform>
            <numerusform>%n entrées exportées dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BlindedCopy</name>
    <message>
        <location filename="../../clinic_app/printing/blinded_copy.py" line="+38"/>
        <source>; reason: {reason}</source>
        <translation> ; motif : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, cap {cap}</source>
        <translation>, plafond {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSA formula</source>
        <translation>Formule de surface corporelle</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>{formula}, actual body weight{cap}; round the BSA half-up to %n decimal(s) and use that value</source>
        <translation>
            <numerusform>{formula}, poids réel{cap} ; arrondir la surface corporelle au demi supérieur à %n décimale et utiliser cette valeur</numerusform>
            <numerusform>{formula}, poids réel{cap} ; arrondir la surface corporelle au demi supérieur à %n décimales et utiliser cette valeur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dose level</source>
        <translation>Niveau de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BSA used × mg/m², rounded half-up to a multiple of {step}</source>
        <translation>surface corporelle utilisée × mg/m², arrondie au demi supérieur à un multiple de {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose / {conc}, rounded half-up to a multiple of {step}</source>
        <translation>dose / {conc}, arrondi au demi supérieur à un multiple de {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final concentration</source>
        <translation>Concentration finale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dose / (bag + volume) must be {low} to {high}</source>
        <translation>dose / (poche + volume) doit être de {low} à {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BSA (checker)</source>
        <translation>Surface corporelle (contrôleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} dose (checker)</source>
        <translation>Dose de {drug} (contrôleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume to draw (checker)</source>
        <translation>Volume à prélever (contrôleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bag (checker)</source>
        <translation>Poche (contrôleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches the pharmacy sheet?</source>
        <translation>Conforme à la fiche de préparation ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☐ yes / ☐ no: stop, do not release, call the pharmacist</source>
        <translation>☐ oui / ☐ non : arrêter, ne pas libérer, appeler le pharmacien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} dose for cohort {cohort} (checker)</source>
        <translation>Dose de {drug} pour la cohorte {cohort} (contrôleur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Calculs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BLINDED CHECKER COPY - work the dose out yourself before comparing</source>
        <translation>COPIE DE DOUBLE CONTRÔLE EN AVEUGLE - calculez la dose vous-même avant de comparer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules (from the protocol)</source>
        <translation>Règles (selon le protocole)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calculation</source>
        <translation>Votre calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write each figure before looking at the pharmacy sheet.</source>
        <translation>Écrivez chaque valeur avant de regarder la fiche de préparation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pharmacy dosing sheet - BLINDED CHECKER COPY</source>
        <translation>Double contrôle en aveugle</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../clinic_app/printing/ics.py" line="+87"/>
        <source>Study day {day}, week {week}</source>
        <translation>Jour d&apos;étude {day}, semaine {week}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window: {start} to {end}</source>
        <translation>Fenêtre : du {start} au {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this date: {why}</source>
        <translation>Pourquoi cette date : {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nominal date: {date}</source>
        <translation>Date théorique : {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinic is closed on this day</source>
        <translation>Le service est fermé ce jour-là</translation>
    </message>
</context>
<context>
    <name>CalendarGridModel</name>
    <message>
        <location filename="../../clinic_app/gui/calendar_model.py" line="+71"/>
        <source>Day {day}</source>
        <translation>Jour {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle {cycle}</source>
        <translation>Cycle {cycle}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/password.py" line="+21"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>CohortStatesModel</name>
    <message>
        <location filename="../../clinic_app/gui/cohort_models.py" line="+48"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolment</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before it opens</source>
        <translation>Avant son ouverture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
</context>
<context>
    <name>CohortWords</name>
    <message numerus="yes">
        <location line="-30"/>
        <source>Cohort {letter}: open (%n enrolled)</source>
        <translation>
            <numerusform>Cohorte {letter} : ouverte (%n inclus)</numerusform>
            <numerusform>Cohorte {letter} : ouverte (%n inclus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort {letter}: closed - missing: {missing}</source>
        <translation>Cohorte {letter} : fermée - manque : {missing}</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+30"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../../clinic_app/gui/cohorts_view.py" line="+59"/>
        <source>Sign the selected cohort&apos;s &amp;safety satisfactory (opens the next)...</source>
        <translation>Signer la &amp;tolérance satisfaisante de la cohorte choisie (ouvre la suivante)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Patients of the selected cohort and their next item:</source>
        <translation>Patients de la cohorte choisie et leur prochaine étape :</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Week 13 assessment, patient by patient:</source>
        <translation>Bilan de la semaine 13, patient par patient :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week 13 assessment, patient by patient ({done} of {count} done):</source>
        <translation>Bilan de la semaine 13, patient par patient ({done} sur {count} réalisés) :</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../../clinic_app/cli/help_strings.py" line="+12"/>
        <source>Clinic Dosing Assistant (offline). With no subcommand, opens the window.</source>
        <translation>Clinic Dosing Assistant (hors ligne). Sans sous-commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the window (no subcommand)</source>
        <translation>la fenêtre (sans sous-commande)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file (default: clinic.sqlite3 in the user data folder)</source>
        <translation>fichier de la base de données (par défaut : clinic.sqlite3 dans le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a demonstration clinic with fictional patients (created on first use)</source>
        <translation>ouvrir un centre de démonstration aux patients fictifs (créé à la première utilisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window settings file (default: the per-user config folder)</source>
        <translation>fichier des réglages de la fenêtre (par défaut : le dossier de configuration de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the clinic as if it were this day (YYYY-MM-DD), for demonstrations and screenshots</source>
        <translation>faire tourner le centre comme si l&apos;on était ce jour-là (AAAA-MM-JJ), pour les démonstrations et les captures d&apos;écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>render the window once to FILE.png and exit (needs --user and ${variable})</source>
        <translation>dessiner la fenêtre une fois dans FILE.png et quitter (il faut --user et ${variable})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the screenshot shows: {views} (default: today)</source>
        <translation>ce que montre la capture d&apos;écran : {views} (par défaut : today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject code for the screenshot&apos;s patient</source>
        <translation>code patient du patient de la capture d&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name: who signs in for --screenshot; for a subcommand, who runs it</source>
        <translation>nom d&apos;utilisateur : qui se connecte pour --screenshot ; pour une sous-commande, qui l&apos;exécute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the screenshot with the window&apos;s Larger text setting on</source>
        <translation>la capture d&apos;écran avec le réglage « Texte plus grand » de la fenêtre activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the window and of messages: en or fr (default: the window&apos;s setting, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG)</source>
        <translation>langue de la fenêtre et des messages : en ou fr (par défaut : le réglage de la fenêtre, sinon LANGUAGE / LC_ALL / LC_MESSAGES / LANG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calculate BSA, paclitaxel dose, preparation and IMP321 dose</source>
        <translation>calculer la surface corporelle, la dose de PACLitaxel, sa préparation et la dose d&apos;IMP321</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the treatment calendar from a planned C1D1</source>
        <translation>afficher le calendrier de traitement à partir d&apos;un C1D1 prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a new clinic database with its first administrator</source>
        <translation>créer une nouvelle base de données du centre avec son premier administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a database with a fictional clinic (for a first look)</source>
        <translation>écrire une base de données d&apos;un centre fictif (pour une première découverte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next due item of every active patient</source>
        <translation>la prochaine échéance de chaque patient actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the clinic&apos;s records as the documented JSON format</source>
        <translation>écrire les données du centre au format JSON documenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load an export into a clinic that has no patients yet</source>
        <translation>charger un export dans un centre qui n&apos;a encore aucun patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrol a patient into an open cohort (investigator)</source>
        <translation>inclure un patient dans une cohorte ouverte (investigateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record height (cm) and weight (kg) measured on a date</source>
        <translation>saisir la taille (cm) et le poids (kg) mesurés à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record pre-treatment ANC and platelets (× 10⁹/L) drawn on a date</source>
        <translation>saisir les PNN et les plaquettes (× 10⁹/L) avant traitement, prélevés à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an adverse event: CTCAE v5 term, grade and onset</source>
        <translation>saisir un événement indésirable : terme CTCAE v5, grade et date de survenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record screening or a protocol visit as done on a date</source>
        <translation>saisir la sélection ou une visite du protocole comme faite à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculate and freeze the PACLitaxel dose of a slot (a dose record)</source>
        <translation>calculer et figer la dose de PACLitaxel d&apos;une étape (un enregistrement de dose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign &quot;Prepared&quot; on a dose record (pharmacist)</source>
        <translation>signer « Préparé » sur un enregistrement de dose (pharmacien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the independent double check: sign &quot;Verified&quot; with your own BSA and dose (a second pharmacist)</source>
        <translation>le double contrôle indépendant : signer « Vérifié » avec votre propre surface corporelle et votre propre dose (un second pharmacien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a patient&apos;s dose records (voided ones too), oldest first</source>
        <translation>les enregistrements de dose d&apos;un patient (annulés compris), du plus ancien au plus récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign &quot;Administered&quot; for a dose given today (nurse)</source>
        <translation>signer « Administré » pour une dose administrée aujourd&apos;hui (infirmier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a dose given earlier, on its real date inside its window, with the reason it is entered late (nurse)</source>
        <translation>saisir une dose administrée plus tôt, à sa date réelle dans sa fenêtre, avec le motif de la saisie tardive (infirmier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign &quot;Held&quot;: a dose not given today, with a coded reason (nurse)</source>
        <translation>signer « Différé » : une dose non administrée aujourd&apos;hui, avec un motif codé (infirmier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign &quot;Approved&quot;: a dose omitted for good (investigator)</source>
        <translation>signer « Approuvé » : une dose omise définitivement (investigateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign &quot;Approved&quot; on an investigator&apos;s decision for a patient</source>
        <translation>signer « Approuvé » sur une décision de l&apos;investigateur pour un patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the dose gate says of an action on a slot today: allowed (exit 0), refused or waiting for a decision (exit 1)</source>
        <translation>ce que le contrôle de dose dit aujourd&apos;hui d&apos;une action sur une étape : autorisée (code de sortie 0), refusée ou en attente d&apos;une décision (code de sortie 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a document as PDF</source>
        <translation>écrire un document en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts: add, reset a password (two people), deactivate, list</source>
        <translation>comptes : ajouter, réinitialiser un mot de passe (deux personnes), désactiver, lister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a verified copy of the database (administrator)</source>
        <translation>écrire une copie vérifiée de la base de données (administrateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the database by a verified backup (administrator)</source>
        <translation>remplacer la base de données par une sauvegarde vérifiée (administrateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check and audit chain; non-zero exit on any fault</source>
        <translation>contrôle d&apos;intégrité et chaîne d&apos;audit ; code de sortie non nul au moindre défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height in cm (digits, optional &apos;.&apos;)</source>
        <translation>taille en cm (chiffres, &apos;,&apos; ou &apos;.&apos; facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight in kg (digits, optional &apos;.&apos;)</source>
        <translation>poids en kg (chiffres, &apos;,&apos; ou &apos;.&apos; facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSA formula: {formulas} (default: the protocol&apos;s)</source>
        <translation>formule de surface corporelle : {formulas} (par défaut : celle du protocole)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose level: 0, -1 or -2 (default 0)</source>
        <translation>niveau de dose : 0, -1 ou -2 (par défaut 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMP321 cohort letter (A, B, C)</source>
        <translation>lettre de la cohorte IMP321 (A, B, C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol TOML (default: the shipped one)</source>
        <translation>fichier TOML du protocole (par défaut : celui fourni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of messages and text output: en or fr (default: LANGUAGE / LC_ALL / LC_MESSAGES / LANG)</source>
        <translation>langue des messages et des sorties texte : en ou fr (par défaut : LANGUAGE / LC_ALL / LC_MESSAGES / LANG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of the first dose (study day 1)</source>
        <translation>date de la première dose (jour d&apos;étude 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort letter: shows the flat dose</source>
        <translation>lettre de cohorte : affiche la dose fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge statuses on this day</source>
        <translation>évaluer les statuts à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write an iCalendar file</source>
        <translation>écrire aussi un fichier iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the output file if it exists</source>
        <translation>remplacer le fichier de sortie s&apos;il existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the site&apos;s name</source>
        <translation>le nom du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administrator&apos;s username</source>
        <translation>le nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administrator&apos;s full name</source>
        <translation>le nom complet de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinic&apos;s phone number for patients (printed on calendars)</source>
        <translation>le numéro de téléphone du centre pour les patients (imprimé sur les calendriers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language the site&apos;s documents are printed in (default: en)</source>
        <translation>la langue dans laquelle les documents du centre sont imprimés (par défaut : en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file (default: demo.sqlite3 in the user data folder, never the clinic&apos;s own)</source>
        <translation>fichier de la base de données (par défaut : demo.sqlite3 dans le dossier de données de l&apos;utilisateur, jamais celle du centre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demo&apos;s &apos;today&apos;, YYYY-MM-DD (default: today)</source>
        <translation>la date du jour de la démonstration, AAAA-MM-JJ (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your username; the password is read from {variable} or asked for</source>
        <translation>votre nom d&apos;utilisateur ; le mot de passe est lu dans {variable} ou demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day to look at, YYYY-MM-DD (default: today)</source>
        <translation>le jour à consulter, AAAA-MM-JJ (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your username (not needed with --schema)</source>
        <translation>votre nom d&apos;utilisateur (inutile avec --schema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON file to write</source>
        <translation>le fichier JSON à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also names and hospital numbers (never for the sponsor)</source>
        <translation>aussi les noms et les IPP (jamais pour le promoteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the JSON Schema of the format instead</source>
        <translation>écrire à la place le schéma JSON (JSON Schema) du format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON export to load</source>
        <translation>l&apos;export JSON à charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the patient&apos;s subject code</source>
        <translation>le code patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 4 letters</source>
        <translation>2 à 4 lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an adult&apos;s date of birth</source>
        <translation>la date de naissance d&apos;un adulte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an open cohort (A, B, C)</source>
        <translation>une cohorte ouverte (A, B, C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the planned first PACLitaxel day (today up to the end of the screening window)</source>
        <translation>le premier jour de PACLitaxel prévu (d&apos;aujourd&apos;hui à la fin de la fenêtre de sélection)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the patient&apos;s name (point of care only, never exported)</source>
        <translation>le nom du patient (au lieu de soins seulement, jamais exporté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hospital number (point of care only)</source>
        <translation>l&apos;IPP (au lieu de soins seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day measured (not in the future)</source>
        <translation>le jour de la mesure (pas dans le futur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm one plausibility warning by its code after checking it (repeat for each)</source>
        <translation>confirmer un avertissement de plausibilité par son code après l&apos;avoir vérifié (à répéter pour chacun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute neutrophil count in {unit}</source>
        <translation>polynucléaires neutrophiles (PNN) en {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelets in {unit}</source>
        <translation>plaquettes en {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day the blood was drawn</source>
        <translation>le jour du prélèvement sanguin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CTCAE term key of the protocol (e.g. peripheral_sensory_neuropathy) or &apos;other&apos;</source>
        <translation>une clé de terme CTCAE du protocole (p. ex. peripheral_sensory_neuropathy) ou &apos;other&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CTCAE grade 1 to 5</source>
        <translation>grade CTCAE 1 à 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it began (not in the future)</source>
        <translation>le jour de survenue (pas dans le futur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drug it is attributed to (e.g. paclitaxel), or &apos;{none}&apos; when it is attributed to no drug (required: the window asks the same)</source>
        <translation>le médicament auquel il est imputé (p. ex. paclitaxel), ou &apos;{none}&apos; s&apos;il n&apos;est imputé à aucun médicament (obligatoire : la fenêtre le demande aussi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it is, for the term &apos;other&apos;</source>
        <translation>de quoi il s&apos;agit, pour le terme &apos;other&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note</source>
        <translation>une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{screening} or a visit key of the protocol (e.g. week13_assessment)</source>
        <translation>{screening} ou une clé de visite du protocole (p. ex. week13_assessment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was done (not in the future)</source>
        <translation>le jour où elle a été faite (pas dans le futur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle number (1 to the protocol&apos;s last)</source>
        <translation>numéro du cycle (de 1 au dernier du protocole)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of the cycle (e.g. 1, 2, 8, 15, 16)</source>
        <translation>jour du cycle (p. ex. 1, 2, 8, 15, 16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm one plausibility warning on the height and weight by its code (repeat for each)</source>
        <translation>confirmer un avertissement de plausibilité sur la taille et le poids par son code (à répéter pour chacun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record&apos;s number (12 or DR-000012)</source>
        <translation>le numéro de l&apos;enregistrement (12 ou DR-000012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the BSA you worked out yourself from the height and weight, in m²</source>
        <translation>la surface corporelle que vous avez calculée vous-même à partir de la taille et du poids, en m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose you worked out yourself, in mg</source>
        <translation>la dose que vous avez calculée vous-même, en mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only what the dose is worked out from (for the verifier, before verify-dose): no BSA, no dose</source>
        <translation>seulement les données d&apos;où la dose est calculée (pour le vérificateur, avant verify-dose) : ni surface corporelle, ni dose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the drug&apos;s key: paclitaxel, imp321 or dexamethasone (its premedication)</source>
        <translation>la clé du médicament : paclitaxel, imp321 ou dexamethasone (sa prémédication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how the infusion was tolerated, chosen by the nurse: {codes} (required for PACLitaxel)</source>
        <translation>la tolérance de la perfusion, choisie par l&apos;infirmier : {codes} (obligatoire pour le PACLitaxel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reaction&apos;s CTCAE grade (required with a reaction: mild 1-2, severe 3-4)</source>
        <translation>le grade CTCAE de la réaction (obligatoire en cas de réaction : légère 1-2, sévère 3-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the verified dose record given (PACLitaxel; default: the slot&apos;s current one)</source>
        <translation>l&apos;enregistrement de dose vérifié administré (PACLitaxel ; par défaut : celui en cours de l&apos;étape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day the dose was really given</source>
        <translation>le jour où la dose a réellement été administrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is entered late</source>
        <translation>pourquoi la saisie est tardive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coded reason: {codes}</source>
        <translation>motif codé : {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note (required with the reason &apos;other&apos;)</source>
        <translation>une note (obligatoire avec le motif &apos;other&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind of decision: {kinds}</source>
        <translation>le type de décision : {kinds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose_level: a level (0, -1, -2); flat_dose_give_skip: give or skip; premedication: continue or omit; weight_change: recalculate or keep; discontinue_drug: discontinue; after_discontinuation: continue_flat or end_treatment</source>
        <translation>dose_level : un niveau (0, -1, -2) ; flat_dose_give_skip : give ou skip ; premedication : continue ou omit ; weight_change : recalculate ou keep ; discontinue_drug : discontinue ; after_discontinuation : continue_flat ou end_treatment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why (kept with the signature)</source>
        <translation>pourquoi (conservé avec la signature)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cycle decided on (flat_dose_give_skip, weight_change)</source>
        <translation>le cycle concerné par la décision (flat_dose_give_skip, weight_change)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day decided on (flat_dose_give_skip, weight_change)</source>
        <translation>le jour concerné par la décision (flat_dose_give_skip, weight_change)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drug, where the kind names one (the flat drug given or skipped, the drug discontinued)</source>
        <translation>le médicament, quand le type de décision en nomme un (le médicament à dose fixe administré ou sauté, le médicament arrêté définitivement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the action asked about: {actions}</source>
        <translation>l&apos;action demandée : {actions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record_late: the day the dose was really given</source>
        <translation>record_late : le jour où la dose a réellement été administrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dose record acted on (default: the slot&apos;s current one)</source>
        <translation>l&apos;enregistrement de dose concerné (par défaut : celui en cours de l&apos;étape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the verdict as one JSON object</source>
        <translation>afficher la réponse en un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject code (visit-sheet, calendar; dosing-sheet with --date)</source>
        <translation>code patient (visit-sheet, calendar ; dosing-sheet avec --date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day, YYYY-MM-DD (default: today)</source>
        <translation>le jour, AAAA-MM-JJ (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dosing-sheet: the dose record number</source>
        <translation>dosing-sheet : le numéro de l&apos;enregistrement de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dosing-sheet: the checker&apos;s copy without the dose</source>
        <translation>dosing-sheet : la copie de contrôle, sans la dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create an account; prints its one-time code</source>
        <translation>créer un compte ; affiche son code à usage unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request a password reset (administrator): the code&apos;s first half</source>
        <translation>demander la réinitialisation d&apos;un mot de passe (administrateur) : la première moitié du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm a requested reset (an investigator, not the person): it takes effect; the code&apos;s second half</source>
        <translation>confirmer une réinitialisation demandée (un investigateur, pas la personne) : elle prend effet ; la seconde moitié du code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivate an account with a reason (administrator)</source>
        <translation>désactiver un compte avec un motif (administrateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every account</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s full name (printed on signatures)</source>
        <translation>le nom complet de la personne (imprimé sur les signatures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (kept in the audit trail)</source>
        <translation>pourquoi (conservé dans la piste d&apos;audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file to create</source>
        <translation>le fichier de sauvegarde à créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file</source>
        <translation>le fichier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../clinic_app/wording/command_line.py" line="+19"/>
        <source>{subject} ({initials}, born {date_of_birth}) enrolled in cohort {cohort}; C1D1 planned on {planned_c1d1}.</source>
        <translation>{subject} ({initials}, né(e) le {date_of_birth}) inclus(e) dans la cohorte {cohort} ; C1D1 prévu le {planned_c1d1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject}: height {height} and weight {weight} measured on {on}.</source>
        <translation>{subject} : taille {height} et poids {weight} mesurés le {on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}: ANC {anc} and platelets {platelets} drawn on {on}.</source>
        <translation>{subject} : PNN {anc} et plaquettes {platelets} prélevés le {on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}: {term}, CTCAE grade {grade}, onset {onset}.</source>
        <translation>{subject} : {term}, grade CTCAE {grade}, survenue le {onset}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}: {visit} done on {on}.</source>
        <translation>{subject} : {visit} réalisée le {on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record} {subject} {drug} C{cycle}D{day} for {dose_date}: {dose} ({dose_per_m2}, level {level}); {status}.</source>
        <translation>{record} {subject} {drug} C{cycle}D{day} pour le {dose_date} : {dose} ({dose_per_m2}, niveau {level}) ; {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{record} {subject} {drug} C{cycle}D{day} for {dose_date}: {status}. Work it out yourself: {height} and {weight} measured on {measured_on}; BSA by {formula}, rounded half-up to {places} decimals{cap}; {dose_per_m2} (level {level}); the dose rounded half-up to a multiple of {step}.</source>
        <translation>{record} {subject} {drug} C{cycle}D{day} pour le {dose_date} : {status}. Calculez vous-même : {height} et {weight} mesurés le {measured_on} ; surface corporelle selon {formula}, arrondie au demi supérieur à {places} décimales{cap} ; {dose_per_m2} (niveau {level}) ; la dose arrondie au demi supérieur à un multiple de {step}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, capped at {cap}</source>
        <translation>, plafonnée à {cap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  BSA ({formula}) from {height} and {weight} measured on {measured_on}: {bsa_exact} m², rounded half-up {bsa}; {bsa} × {dose_per_m2} = {exact} -&gt; {dose}</source>
        <translation>  surface corporelle ({formula}) d&apos;après {height} et {weight} mesurés le {measured_on} : {bsa_exact} m², arrondie au demi supérieur {bsa} ; {bsa} × {dose_per_m2} = {exact} -&gt; {dose}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  volume to draw {volume}; bag {bag}; final concentration {concentration}</source>
        <translation>  volume à prélever {volume} ; poche {bag} ; concentration finale {concentration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  no bag keeps the final concentration within its range</source>
        <translation>  aucune poche ne maintient la concentration finale dans son intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  labs for {dose_date}: {state}</source>
        <translation>  biologie pour le {dose_date} : {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  the preparation expires {expires_at}</source>
        <translation>  la préparation expire le {expires_at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  NOT VERIFIED - DO NOT ADMINISTER</source>
        <translation>  NON VÉRIFIÉE - NE PAS ADMINISTRER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {meaning}: {name} ({role}), {signed_at}</source>
        <translation>  {meaning} : {name} ({role}), {signed_at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  void: {reason}</source>
        <translation>  annulé : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}: {drug} {dose} C{cycle}D{day} given on {on}, signed Administered by {name}.</source>
        <translation>{subject} : {drug} {dose} C{cycle}D{day} administré le {on}, signé Administré par {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject}: {drug} {dose} C{cycle}D{day} given on {on}, entered late ({reason}), signed Administered by {name}.</source>
        <translation>{subject} : {drug} {dose} C{cycle}D{day} administré le {on}, saisi tardivement ({reason}), signé Administré par {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject}: {drug} C{cycle}D{day} {status} on {on} ({reason}), signed by {name}.</source>
        <translation>{subject} : {drug} C{cycle}D{day} {status} le {on} ({reason}), signé par {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject}: decided {choice}{slot} ({kind}), signed Approved by {name}.</source>
        <translation>{subject} : décision {choice}{slot} ({kind}), signée Approuvé par {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> for C{cycle}D{day}</source>
        <translation> pour C{cycle}D{day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}: {drug} C{cycle}D{day}, {action}: {outcome}.</source>
        <translation>{subject} : {drug} C{cycle}D{day}, {action} : {outcome}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  - {message}</source>
        <translation>  - {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  - waits for the {by}&apos;s decision: {kind}{proposed}</source>
        <translation>  - attend la décision ({by}) : {kind}{proposed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (proposed: {choice})</source>
        <translation> (proposé : {choice})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  note: {message}</source>
        <translation>  remarque : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{warning} (if it is right: --confirm {code})</source>
        <translation>{warning} (si c&apos;est exact : --confirm {code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}: no dose record yet.</source>
        <translation>{subject} : aucun enregistrement de dose pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>calculate</source>
        <translation>calculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepare</source>
        <translation>préparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify</source>
        <translation>vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administer</source>
        <translation>administrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a late entry</source>
        <translation>saisir tardivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold</source>
        <translation>différer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omit for good</source>
        <translation>omettre définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a decision</source>
        <translation>en attente d&apos;une décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold (a count below its threshold)</source>
        <translation>différer (une numération sous son seuil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too old</source>
        <translation>trop ancienne</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../clinic_app/cli/common.py" line="+68"/>
        <location line="+9"/>
        <source>error: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/data_commands.py" line="+66"/>
        <source>created {path} for site &quot;{site}&quot; with administrator {admin}</source>
        <translation>{path} créé pour le centre « {site} » avec l&apos;administrateur {admin}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>demo clinic (FICTIONAL patients) written to {path} as of {today}
sign in as dr.martin (investigator), nurse.okafor / nurse.lindqvist (nurses), pharm.chen / pharm.dubois (pharmacists) or sam.admin (administrator); password: {password}</source>
        <translation>centre de démonstration (patients FICTIFS) écrit dans {path} à la date du {today}
connectez-vous en tant que dr.martin (investigateur), nurse.okafor / nurse.lindqvist (infirmiers), pharm.chen / pharm.dubois (pharmaciens) ou sam.admin (administrateur) ; mot de passe : {password}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>building the demo clinic: {percent} %</source>
        <translation>création du centre de démonstration : {percent} %</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>weight %n day(s) old</source>
        <translation>
            <numerusform>poids de %n jour</numerusform>
            <numerusform>poids de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blocked: {why}</source>
        <translation>bloqué : {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due on {date}</source>
        <translation>À faire le {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>imported %n patient(s)</source>
        <translation>
            <numerusform>%n patient importé</numerusform>
            <numerusform>%n patients importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/maintenance_commands.py" line="+22"/>
        <source>backup written and verified: {path} ({size} bytes, {rows} audit rows)</source>
        <translation>sauvegarde écrite et vérifiée : {path} ({size} octets, {rows} lignes d&apos;audit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>restored from {path}: {count} acknowledged records (audit rows) rolled back; the previous content is kept in {kept}</source>
        <translation>restauré depuis {path} : {count} enregistrements validés (lignes d&apos;audit) annulés ; le contenu précédent est conservé dans {kept}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ok: integrity check, foreign keys, audit chain, every record against the trail, signatures, dose snapshots and the schema</source>
        <translation>ok : contrôle d&apos;intégrité, clés étrangères, chaîne d&apos;audit, chaque enregistrement contre la piste, signatures, calculs de dose figés et schéma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAULT: {message}</source>
        <translation>DÉFAUT : {message}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>field {field}</source>
        <translation>champ {field}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{table} row {row}</source>
        <translation>{table} ligne {row}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/print_commands.py" line="+63"/>
        <source>wrote {path} ({size} bytes)</source>
        <translation>{path} écrit ({size} octets)</translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/schedule.py" line="+84"/>
        <source>iCalendar written to {path}</source>
        <translation>iCalendar écrit dans {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} (protocol {version}, {sha})</source>
        <translation>{name} (protocole {version}, {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C1D1 {c1d1} = study day 1; statuses as of {today}</source>
        <translation>C1D1 {c1d1} = jour d&apos;étude 1 ; statuts au {today}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; cohort {cohort}</source>
        <translation> ; cohorte {cohort}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle/day</source>
        <translation>Cycle/jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (closed day)</source>
        <translation> (jour de fermeture)</translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/access.py" line="+101"/>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the new administrator: </source>
        <translation>Mot de passe du nouvel administrateur : </translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/user_commands.py" line="+23"/>
        <source>one-time code (show it once to the person; valid 24 hours; they choose their password at first sign-in)</source>
        <translation>code à usage unique (à montrer une seule fois à la personne ; valable 24 heures ; elle choisit son mot de passe à sa première connexion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIRST half of the one-time code (give it to the person only; an investigator confirms the reset with `user confirm-reset` and gets the second half; nothing changes until then)</source>
        <translation>PREMIÈRE moitié du code à usage unique (à donner à la personne seulement ; un investigateur confirme la réinitialisation avec `user confirm-reset` et obtient la seconde moitié ; rien ne change d&apos;ici là)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SECOND half of the one-time code (give it to the person only; the reset is done, their old password and open sessions have ended; they type the first half, then this one)</source>
        <translation>SECONDE moitié du code à usage unique (à donner à la personne seulement ; la réinitialisation est faite, son ancien mot de passe et ses sessions ouvertes ont pris fin ; elle tape la première moitié, puis celle-ci)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (must set a password)</source>
        <translation> (doit choisir un mot de passe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{username}: deactivated; their open sessions end now</source>
        <translation>{username} : désactivé ; ses sessions ouvertes prennent fin maintenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{username}: {note}: {code}</source>
        <translation>{username} : {note} : {code}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/__main__.py" line="+52"/>
        <source>The window cannot start: a system library is missing ({error}).
Install the window&apos;s libraries (on Debian or Ubuntu: apt-get install {packages}) and start again; the command line (--help) works without them.</source>
        <translation>La fenêtre ne peut pas démarrer : il manque une bibliothèque système ({error}).
Installez les bibliothèques de la fenêtre (sous Debian ou Ubuntu : apt-get install {packages}) puis relancez ; la ligne de commande (--help) fonctionne sans elles.</translation>
    </message>
</context>
<context>
    <name>ConfirmResetDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/password_reset.py" line="+62"/>
        <source>Confirm a password reset</source>
        <translation>Confirmer une réinitialisation de mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator asked for these resets and was shown the first half of each one-time code. Confirm only a reset you have checked with the person (not your own, not one you asked for): it takes effect at once, the person&apos;s open sessions end, and you are shown the second half, once, to give to the person only. The audit trail names you both.</source>
        <translation>Un administrateur a demandé ces réinitialisations et a vu la première moitié de chaque code à usage unique. Ne confirmez qu&apos;une réinitialisation vérifiée avec la personne (ni la vôtre, ni une que vous avez demandée) : elle prend effet immédiatement, les sessions ouvertes de la personne se terminent, et la seconde moitié vous est montrée, une seule fois, pour la remettre à la personne seule. La piste d&apos;audit vous nomme tous les deux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No password reset waits for confirmation.</source>
        <translation>Aucune réinitialisation de mot de passe n&apos;attend de confirmation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meaning of this signature: Approved (password reset) - signed by {name} ({role})</source>
        <translation>Sens de cette signature : Approuvé (réinitialisation du mot de passe) - signé par {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-enter your &amp;password:</source>
        <translation>Saisissez à nouveau votre &amp;mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm and show the second half</source>
        <translation>Confirmer et afficher la seconde moitié</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select the reset to confirm first.</source>
        <translation>Sélectionnez d&apos;abord la réinitialisation à confirmer.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/decisions.py" line="+83"/>
        <source>Decision - {what}</source>
        <translation>Décision - {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>- choose -</source>
        <translation>- choisir -</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (next: {drug} C{cycle}D{day})</source>
        <translation> (prochaine : {drug} C{cycle}D{day})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The rules ask for no decision of this kind here now: this one is the investigator&apos;s own.</source>
        <translation>Les règles ne demandent pas de décision de ce type ici pour l&apos;instant : celle-ci relève de l&apos;investigateur seul.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{drug} dose level</source>
        <translation>Niveau de dose de {drug}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} after a {bsa} not given: give or skip</source>
        <translation>{drug} après un {bsa} non administré : administrer ou sauter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} from cycle 2: continue or omit</source>
        <translation>{drug} à partir du cycle 2 : poursuivre ou omettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a drug for good</source>
        <translation>Arrêter définitivement un médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After {bsa} was stopped: continue {flat} alone or end treatment</source>
        <translation>Après l&apos;arrêt de {bsa} : poursuivre {flat} seul ou terminer le traitement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (proposed)</source>
        <translation> (proposé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level}: {mg} mg/m²</source>
        <translation>Niveau {level} : {mg} mg/m²</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give on the planned day</source>
        <translation>Administrer le jour prévu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue {drug}</source>
        <translation>Poursuivre {drug}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omit {drug}</source>
        <translation>Omettre {drug}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculate with the new weight</source>
        <translation>Recalculer avec le nouveau poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the weight the previous dose used</source>
        <translation>Garder le poids utilisé pour la dose précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop {drug} for good</source>
        <translation>Arrêter définitivement {drug}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue {flat} alone</source>
        <translation>Poursuivre {flat} seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End treatment</source>
        <translation>Terminer le traitement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the decision.</source>
        <translation>Choisissez la décision.</translation>
    </message>
    <message>
        <location filename="../../clinic_app/wording/decisions.py" line="+11"/>
        <source>PACLitaxel dose level</source>
        <translation>Niveau de dose de PACLitaxel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMP321 after a held PACLitaxel: give or skip</source>
        <translation>IMP321 après un PACLitaxel différé : administrer ou sauter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dexamethasone from cycle 2: continue or omit</source>
        <translation>Dexaméthasone à partir du cycle 2 : poursuivre ou omettre</translation>
    </message>
    <message>
        <location filename="../../clinic_app/gui/dialogs/decisions.py" line="-44"/>
        <location filename="../../clinic_app/wording/decisions.py" line="+1"/>
        <source>Weight change: recalculate or keep the dose</source>
        <translation>Variation de poids : recalculer ou garder la dose</translation>
    </message>
    <message>
        <location filename="../../clinic_app/wording/decisions.py" line="+2"/>
        <source>investigator decision required: {what}</source>
        <translation>décision de l&apos;investigateur requise : {what}</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../clinic_app/gui/demo_progress.py" line="+15"/>
        <source>Building the fictional demo clinic (a few seconds)...</source>
        <translation>Création du centre de démonstration fictif (quelques secondes)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo clinic</source>
        <translation>Centre de démonstration</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../clinic_app/gui/documents.py" line="+75"/>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dosing sheet</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blinded checker copy</source>
        <translation>Copie de double contrôle en aveugle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit checklist</source>
        <translation>Liste de vérification de la visite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patient calendar</source>
        <translation>Calendrier du patient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparation worklist</source>
        <translation>Liste de préparation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing the documents of {day}</source>
        <translation>Impression des documents du {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {pages} pages.</source>
        <translation>{pages} pages imprimées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Database backups (*.sqlite3)</source>
        <translation>Sauvegardes de la base (*.sqlite3)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the database from a backup</source>
        <translation>Restaurer la base de données depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in the database by the backup {path}? The current content is kept in a safety copy first. Everyone signs in again afterwards.</source>
        <translation>Remplacer tout le contenu de la base par la sauvegarde {path} ? Le contenu actuel est d&apos;abord conservé dans une copie de sécurité. Chacun se reconnecte ensuite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restored from {src}: %n acknowledged record(s) rolled back; the previous content is kept in {safety}.</source>
        <translation>
            <numerusform>Restauré depuis {src} : %n enregistrement validé annulé ; le contenu précédent est conservé dans {safety}.</numerusform>
            <numerusform>Restauré depuis {src} : %n enregistrements validés annulés ; le contenu précédent est conservé dans {safety}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>DoseCommand</name>
    <message>
        <location filename="../../clinic_app/cli/dose.py" line="+70"/>
        <source>decision required</source>
        <translation>décision requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm</source>
        <translation>confirmer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Protocol {id} {version} (sha256 {sha})</source>
        <translation>Protocole {id} {version} (sha256 {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height {height} cm, weight {weight} kg</source>
        <translation>Taille {height} cm, poids {weight} kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSA ({formula}) = {expression} = {exact} m²</source>
        <translation>Surface corporelle ({formula}) = {expression} = {exact} m²</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  rounded half-up to {step} m²: {bsa}</source>
        <translation>  arrondie au demi supérieur à {step} m² : {bsa}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  capped by the protocol at {bsa}</source>
        <translation>  plafonnée par le protocole à {bsa}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  BSA used: {bsa}</source>
        <translation>  surface corporelle utilisée : {bsa}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} (level {level}): {bsa} × {per_m2} = {exact} -&gt; {dose} (rounded half-up)</source>
        <translation>{drug} (niveau {level}) : {bsa} × {per_m2} = {exact} -&gt; {dose} (arrondi au demi supérieur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  dose: {dose} ({per_m2}) {route}</source>
        <translation>  dose : {dose} ({per_m2}) {route}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  volume to draw = {dose} / {conc} = {volume} (half-up to {step} mL)</source>
        <translation>  volume à prélever = {dose} / {conc} = {volume} (arrondi au demi supérieur à {step} mL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  vials: {vials} (total {total}, left over {left})</source>
        <translation>  flacons : {vials} (total {total}, reste {left})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  {bag} mL bag: {dose} / ({bag} mL + {volume}) = {conc} mg/mL, outside {accepted}</source>
        <translation>  poche de {bag} mL : {dose} / ({bag} mL + {volume}) = {conc} mg/mL, hors de {accepted}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  ! no bag keeps the final concentration within {accepted} (tried {tried})</source>
        <translation>  ! aucune poche ne garde la concentration finale dans {accepted} (essayées : {tried})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  bag: {bag} mL of {diluents}; final concentration = {dose} / ({bag} mL + {volume}) = {conc} (accepted {accepted})</source>
        <translation>  poche : {bag} mL de {diluents} ; concentration finale = {dose} / ({bag} mL + {volume}) = {conc} (acceptée {accepted})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; infuse over %n minute(s)</source>
        <translation>
            <numerusform> ; perfuser en %n minute</numerusform>
            <numerusform> ; perfuser en %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {container}, {set}, {filter}{minutes}; {stability}</source>
        <translation>  {container}, {set}, {filter}{minutes} ; {stability}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  not to be confused with {drug}</source>
        <translation>  ne pas confondre avec {drug}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} cohort {cohort}: {dose} {route} (flat dose, not BSA-based)</source>
        <translation>{drug} cohorte {cohort} : {dose} {route} (dose fixe, non calculée sur la surface corporelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings (a person must acknowledge each before use):</source>
        <translation>Alertes (une personne doit valider chacune avant usage) :</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/dose.py" line="+119"/>
        <source>Dose - {code} C{cycle}D{day}</source>
        <translation>Dose - {code} C{cycle}D{day}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Calculation (half-up rounding)</source>
        <translation>Calcul (arrondi au demi supérieur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Calculate</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prepared... (sign)</source>
        <translation>&amp;Préparé… (signer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verified... (sign)</source>
        <translation>&amp;Vérifié… (signer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What each step needs (the program asks the dose rules)</source>
        <translation>Ce que demande chaque étape (le programme interroge les règles de dose)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Independent double check: work the dose out yourself first</source>
        <translation>Double contrôle indépendant : calculez d&apos;abord la dose vous-même</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>m², as you worked it out</source>
        <translation>m², selon votre calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mg, as you worked it out</source>
        <translation>mg, selon votre calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare with the record</source>
        <translation>C&amp;omparer avec l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your &amp;BSA (m²):</source>
        <translation>Votre &amp;surface corporelle (m²) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;dose (mg):</source>
        <translation>Votre &amp;dose (mg) :</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>your BSA {bsa} (record {record_bsa}), your dose {dose} (record {record_dose})</source>
        <translation>votre surface corporelle {bsa} (enregistrement {record_bsa}), votre dose {dose} (enregistrement {record_dose})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the record: {numbers}.</source>
        <translation>Identique à l&apos;enregistrement : {numbers}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT the same as the record: {numbers}. Do not verify: find the difference with the pharmacist who prepared it.</source>
        <translation>DIFFÉRENT de l&apos;enregistrement : {numbers}. Ne vérifiez pas : trouvez l&apos;écart avec le pharmacien qui l&apos;a préparée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> capped at {cap}</source>
        <translation> plafonnée à {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height {height} cm, weight {weight} kg (measured {measured}); BSA by {formula}, rounded half-up to {places} decimals{cap}; dose level {level}: {per_m2}, rounded half-up to {step} mg. Type your own BSA and dose, then compare: the record&apos;s arithmetic and dose are shown after the comparison.</source>
        <translation>Taille {height} cm, poids {weight} kg (mesurés le {measured}) ; surface corporelle selon {formula}, arrondie au demi supérieur à {places} décimales{cap} ; niveau de dose {level} : {per_m2}, arrondie au demi supérieur à {step} mg. Saisissez votre propre surface corporelle et votre dose, puis comparez : le calcul et la dose de l&apos;enregistrement s&apos;affichent après la comparaison.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No dose calculated yet for C{cycle}D{day}.</source>
        <translation>Aucune dose calculée pour C{cycle}D{day}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick each warning after checking it, then press Calculate again.</source>
        <translation>Cochez chaque alerte après l&apos;avoir vérifiée, puis appuyez de nouveau sur Calculer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{drug} {dose} ({per_m2} × {bsa}), C{cycle}D{day}, dose day {date}</source>
        <translation>{drug} {dose} ({per_m2} × {bsa}), C{cycle}D{day}, jour de la dose {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>C{cycle}D{day}: dose hidden until you compare your own numbers</source>
        <translation>C{cycle}D{day} : dose masquée jusqu&apos;à la comparaison avec vos propres valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C{cycle}D{day}: {drug} {dose} ({per_m2} × {bsa}) IV</source>
        <translation>C{cycle}D{day} : {drug} {dose} ({per_m2} × {bsa}) IV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>calculated</source>
        <translation>calculée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose day {date} - status: {status}</source>
        <translation>Jour de la dose {date} - statut : {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calculated by {who}</source>
        <translation>calculée par {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{meaning} by {name} ({role}), {when}</source>
        <translation>{meaning} par {name} ({role}), {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no labs recorded within the protocol&apos;s time limit</source>
        <translation>aucune biologie enregistrée dans le délai du protocole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANC {anc} × 10⁹/L, platelets {plt} × 10⁹/L drawn {date}</source>
        <translation>PNN {anc} × 10⁹/L, plaquettes {plt} × 10⁹/L prélevés le {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labs: within the thresholds ({found}).</source>
        <translation>Biologie : dans les seuils ({found}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labs: HOLD - {problems} ({found}).</source>
        <translation>Biologie : DIFFÉRER - {problems} ({found}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preparation plan.</source>
        <translation>Pas de plan de préparation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw {volume} of {conc} mg/mL concentrate; vials: {vials}</source>
        <translation>Prélever {volume} de solution à diluer à {conc} mg/mL ; flacons : {vials}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bag {bag} mL; final concentration {final} mg/mL (range {low} to {high} mg/mL)</source>
        <translation>Poche {bag} mL ; concentration finale {final} mg/mL (intervalle {low} à {high} mg/mL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared dose expires {when}</source>
        <translation>La dose préparée expire le {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag: {flag}</source>
        <translation>Signalement : {flag}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This dose is already {status}.</source>
        <translation>Cette dose est déjà {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: the dose is {status}.</source>
        <translation>Terminé : la dose est {status}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculate the dose first.</source>
        <translation>Calculez d&apos;abord la dose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Tick each warning after checking it.</source>
        <translation>Cochez chaque alerte après l&apos;avoir vérifiée.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Calculate and prepare the dose first.</source>
        <translation>Calculez et préparez d&apos;abord la dose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your own BSA and dose and compare them first.</source>
        <translation>Saisissez d&apos;abord votre propre surface corporelle et votre dose, puis comparez-les.</translation>
    </message>
    <message>
        <location filename="../../clinic_app/wording/arithmetic.py" line="+18"/>
        <source>{value} rounded half-up to {step}</source>
        <translation>{value} arrondi au demi supérieur à {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} capped at {cap}</source>
        <translation>{value} plafonné à {cap}</translation>
    </message>
</context>
<context>
    <name>DoseSteps</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/calculation_table.py" line="+22"/>
        <source>BSA</source>
        <translation>Surface corporelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSA rounded (used)</source>
        <translation>Surface corporelle arrondie (utilisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSA capped</source>
        <translation>Surface corporelle plafonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose rounded</source>
        <translation>Dose arrondie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume to draw</source>
        <translation>Volume à prélever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final concentration</source>
        <translation>Concentration finale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>DosingSheet</name>
    <message>
        <location filename="../../clinic_app/printing/blinded_copy.py" line="+2"/>
        <location filename="../../clinic_app/printing/dosing_sheet.py" line="+237"/>
        <source>dose record {id}</source>
        <translation>enregistrement de dose {id}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/dosing_sheet.py" line="-192"/>
        <source>NOT VERIFIED - DO NOT ADMINISTER</source>
        <translation>NON VÉRIFIÉE - NE PAS ADMINISTRER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VOID - DO NOT USE</source>
        <translation>ANNULÉE - NE PAS UTILISER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacy dosing sheet</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{void}: {reason}</source>
        <translation>{void} : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VERIFIED by {name} ({role}), {when}</source>
        <translation>VÉRIFIÉE par {name} ({role}), {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dose record ID</source>
        <translation>N° d&apos;enregistrement de dose</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cycle {cycle} Day {day} (C{cycle}D{day})</source>
        <translation>Cycle {cycle} Jour {day} (C{cycle}D{day})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, study day {day}</source>
        <translation>, jour d&apos;étude {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, version {version}, SHA-256 {sha}</source>
        <translation>{name}, version {version}, SHA-256 {sha}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height, weight</source>
        <translation>Taille, poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{height} cm (measured {height_on}); {weight} kg (measured {weight_on})</source>
        <translation>{height} cm (mesurée le {height_on}) ; {weight} kg (mesuré le {weight_on})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ANC {anc} × 10⁹/L, platelets {plt} × 10⁹/L, drawn {on}</source>
        <translation>PNN {anc} × 10⁹/L, plaquettes {plt} × 10⁹/L, prélevés le {on}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no qualifying result</source>
        <translation>aucun résultat valable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLD: {problems}</source>
        <translation>DIFFÉRER : {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labs pending: {problems}</source>
        <translation>biologie en attente : {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-dose labs</source>
        <translation>Biologie avant la dose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{drawn}: {verdict}</source>
        <translation>{drawn} : {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (confirmed)</source>
        <translation> (confirmée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (NOT CONFIRMED)</source>
        <translation> (NON CONFIRMÉE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (reason: {reason}; decided by {who}, {when})</source>
        <translation> (motif : {reason} ; décidé par {who}, {when})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>capped at {cap}</source>
        <translation>plafonnée à {cap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (CAPPED by the protocol)</source>
        <translation> (PLAFONNÉE par le protocole)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BSA</source>
        <translation>Surface corporelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{formula} formula (actual body weight; {cap}); BSA used {used}</source>
        <translation>formule de {formula} (poids réel ; {cap}) ; surface corporelle utilisée {used}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Arithmetic</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{level}; exact {bsa} × {per_m2} = {exact}; dispensed {dose}</source>
        <translation>{level} ; exact {bsa} × {per_m2} = {exact} ; dose délivrée {dose}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dose calculation</source>
        <translation>Calcul de la dose</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume to draw</source>
        <translation>Volume à prélever</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{volume} of {conc} concentrate</source>
        <translation>{volume} de solution à diluer à {conc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vial plan</source>
        <translation>Flacons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diluent and bag</source>
        <translation>Diluant et poche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{bag} of {diluents} (circle the one used)</source>
        <translation>{bag} de {diluents} (entourer celui utilisé)</translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/dose.py" line="-17"/>
        <location filename="../../clinic_app/printing/dosing_sheet.py" line="+3"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/dosing_sheet.py" line="+1"/>
        <source>Final concentration</source>
        <translation>Concentration finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>Perfusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not confuse with {drug}.</source>
        <translation>Ne pas confondre avec {drug}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next day: {drug} - {mark}</source>
        <translation>Le lendemain : {drug} - {mark}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due {on} (C{cycle}D{day}); {volume}</source>
        <translation>prévue le {on} (C{cycle}D{day}) ; {volume}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Premedication</source>
        <translation>Prémédication</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../clinic_app/gui/today_model.py" line="+117"/>
        <source>Subject</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth / name</source>
        <translation>Date de naissance / nom</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Can it be given now?</source>
        <translation>Administrable maintenant ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labs</source>
        <translation>Biologie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give now?</source>
        <translation>Administrable ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next due</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/enrol.py" line="+36"/>
        <source>Enrol a patient</source>
        <translation>Inclure un patient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. IMP-A-001</source>
        <translation>p. ex. IMP-A-001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 4 capital letters</source>
        <translation>2 à 4 lettres majuscules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cohort {letter}</source>
        <translation>Cohorte {letter}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Subject code:</source>
        <translation>&amp;Code patient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hospital number:</source>
        <translation>&amp;IPP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned C1D&amp;1:</source>
        <translation>C1D&amp;1 prévu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient&apos;s &amp;language (calendar):</source>
        <translation>&amp;Langue du patient (calendrier) :</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../clinic_app/wording/errors.py" line="+26"/>
        <source>{field}: enter a value in {unit} (accepted range {minimum} to {maximum} {unit}).</source>
        <translation>{field} : saisissez une valeur en {unit} (intervalle accepté {minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; has a thousands separator (accepted range {minimum} to {maximum} {unit}).</source>
        <translation>{field} : « {text} » contient un séparateur de milliers (intervalle accepté {minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; uses a comma (accepted range {minimum} to {maximum} {unit}).</source>
        <translation>{field} : « {text} » utilise une virgule (intervalle accepté {minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; is not a plain number (accepted range {minimum} to {maximum} {unit}).</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre simple (intervalle accepté {minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {text} {unit} is outside the accepted range {minimum} to {maximum} {unit}.</source>
        <translation>{field} : {text} {unit} est hors de l&apos;intervalle accepté {minimum} à {maximum} {unit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: a finite number is needed.</source>
        <translation>{field} : un nombre fini est nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{text}&quot; is not a whole number in digits 0-9 (accepted {minimum} to {maximum}, {unit}).</source>
        <translation>{field} : « {text} » n&apos;est pas un nombre entier en chiffres 0-9 (accepté de {minimum} à {maximum}, {unit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {text} is outside the accepted range {minimum} to {maximum} ({unit}).</source>
        <translation>{field} : {text} est hors de l&apos;intervalle accepté {minimum} à {maximum} ({unit}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {text} {unit} must be more than 0 {unit}.</source>
        <translation>{field} : {text} {unit} doit être supérieur à 0 {unit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {text} is in the future (latest {maximum}).</source>
        <translation>{field} : {text} est dans le futur (au plus tard {maximum}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {text} gives an age of {age} years; accepted {minimum} to {maximum} years.</source>
        <translation>{field} : {text} donne un âge de {age} ans ; accepté de {minimum} à {maximum} ans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {text} is outside {minimum} to {maximum}.</source>
        <translation>{field} : {text} est hors de l&apos;intervalle {minimum} à {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: there is no study day 0 (day 1 is the first dose; the day before is -1).</source>
        <translation>{field} : il n&apos;y a pas de jour d&apos;étude 0 (le jour 1 est celui de la première dose ; la veille est le jour -1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: a date and time with its time zone is needed.</source>
        <translation>{field} : une date et une heure avec leur fuseau horaire sont nécessaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: a time with its time zone is needed.</source>
        <translation>{field} : une heure avec son fuseau horaire est nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{text}&quot; is not a dose level of this protocol (accepted {minimum} to {maximum}).</source>
        <translation>{field} : « {text} » n&apos;est pas un niveau de dose de ce protocole (accepté {minimum} à {maximum}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; is not a BSA formula this program knows ({hint}).</source>
        <translation>{field} : « {text} » n&apos;est pas une formule de surface corporelle connue de ce programme ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; is not a cohort of this protocol.</source>
        <translation>{field} : « {text} » n&apos;est pas une cohorte de ce protocole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{text}&quot; is not a route with an agreed spelling.</source>
        <translation>{field} : « {text} » n&apos;est pas une voie d&apos;administration à l&apos;écriture convenue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; is not one of the choices ({allowed}).</source>
        <translation>{field} : « {text} » ne fait pas partie des choix ({allowed}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: this kind of decision is not made here ({allowed}).</source>
        <translation>{field} : ce type de décision ne se prend pas ici ({allowed}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; cannot be chosen ({hint}).</source>
        <translation>{field} : « {text} » ne peut pas être choisi ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {minimum} to {maximum} {unit}, printable characters only.</source>
        <translation>{field} : {minimum} à {maximum} {unit}, caractères imprimables uniquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; is not valid ({unit}, {minimum} to {maximum} characters).</source>
        <translation>{field} : « {text} » n&apos;est pas valide ({unit}, {minimum} à {maximum} caractères).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: &quot;{text}&quot; is not valid ({unit}, {minimum} to {maximum}).</source>
        <translation>{field} : « {text} » n&apos;est pas valide ({unit}, {minimum} à {maximum}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site name: {minimum} to {maximum} {unit}.</source>
        <translation>Nom du centre : {minimum} à {maximum} {unit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: &quot;{text}&quot; is not a phone number (digits, spaces and . ( ) / - only, {minimum} to {maximum} {unit}).</source>
        <translation>Téléphone : « {text} » n&apos;est pas un numéro de téléphone (chiffres, espaces et . ( ) / - uniquement, {minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: write the reason.</source>
        <translation>{field} : indiquez le motif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: {hint}.</source>
        <translation>Note : {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the cycle and day this decision applies to.</source>
        <translation>Indiquez le cycle et le jour auxquels s&apos;applique cette décision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance: record how the infusion was tolerated.</source>
        <translation>Tolérance : indiquez comment la perfusion a été tolérée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name or password is wrong.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one-time code has expired. Ask an administrator for a new one.</source>
        <translation>Le code à usage unique a expiré. Demandez-en un nouveau à un administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is locked until {locked_until} after too many failed attempts.</source>
        <translation>Ce compte est verrouillé jusqu&apos;au {locked_until} après trop de tentatives échouées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your own password now (the one-time code was right).</source>
        <translation>Choisissez maintenant votre propre mot de passe (le code à usage unique était correct).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have {minimum} to {maximum} {unit}.</source>
        <translation>Le mot de passe doit comporter {minimum} à {maximum} {unit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit différer de l&apos;actuel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: {hint}.</source>
        <translation>Mot de passe : {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name: {minimum} to {maximum} {unit}; {hint}.</source>
        <translation>Identifiant : {minimum} à {maximum} {unit} ; {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name: a shared login is refused ({hint}).</source>
        <translation>Identifiant : un compte partagé est refusé ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name: write the {hint}.</source>
        <translation>Nom complet : indiquez les {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such user account.</source>
        <translation>Ce compte utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user account {username}.</source>
        <translation>Il n&apos;y a pas de compte utilisateur {username}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clinic is already set up: {hint}.</source>
        <translation>Ce centre est déjà configuré : {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is no longer active or was changed: sign in again.</source>
        <translation>Votre compte n&apos;est plus actif ou a été modifié : reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of {username} was changed meanwhile: sign in again.</source>
        <translation>Le mot de passe de {username} a été changé entre-temps : reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed: your role ({role}) may not {action}.</source>
        <translation>Non autorisé : votre rôle ({role}) ne permet pas de {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed: your role ({role}) may not sign &quot;{meaning}&quot;.</source>
        <translation>Non autorisé : votre rôle ({role}) ne permet pas de signer « {meaning} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {hint}.</source>
        <translation>{field} : {hint}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort {cohort} is closed. Open now: {open_cohorts}. Still missing: {missing}.</source>
        <translation>La cohorte {cohort} est fermée. Ouvertes actuellement : {open_cohorts}. Il manque encore : {missing}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient is already in cohort {cohort}.</source>
        <translation>Le patient est déjà dans la cohorte {cohort}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cohort changes only by an investigator&apos;s signed re-assignment.</source>
        <translation>Une cohorte ne change que par une réaffectation signée d&apos;un investigateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no patient {subject_code}.</source>
        <translation>Il n&apos;y a pas de patient {subject_code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name and hospital number belong to another subject code.</source>
        <translation>Le nom et l&apos;IPP appartiennent à un autre code patient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the first dose date of {subject_code} is not known yet ({hint}).</source>
        <translation>{field} : la date de première dose de {subject_code} n&apos;est pas encore connue ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every warning must be ticked before continuing.</source>
        <translation>Chaque alerte doit être cochée avant de continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due for {subject_code} on {date}.</source>
        <translation>Rien n&apos;est à faire pour {subject_code} le {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: name the patient ({hint}).</source>
        <translation>{field} : indiquez le patient ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the height and weight first.</source>
        <translation>Saisissez d&apos;abord la taille et le poids.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight was measured {age_days} days before the dose (at most {max_age_days} days): measure the patient again.</source>
        <translation>Le poids a été mesuré {age_days} j avant la dose (au plus {max_age_days} j) : mesurez de nouveau le patient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weight changed by {change_percent} % (from {weight_used_last_dose_kg} kg to {weight_kg} kg): an investigator must decide to recalculate or keep the dose.</source>
        <translation>Le poids a varié de {change_percent} % (de {weight_used_last_dose_kg} kg à {weight_kg} kg) : un investigateur doit décider de recalculer ou de garder la dose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} C{cycle}D{day} is not in this patient&apos;s calendar.</source>
        <translation>{drug} C{cycle}D{day} ne figure pas dans le calendrier de ce patient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C{cycle}D{day} is not waiting to be given (it is {status}).</source>
        <translation>C{cycle}D{day} n&apos;est pas en attente d&apos;administration (statut : {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} C{cycle}D{day} is planned for {planned_date}; it can be given from {window_start}.</source>
        <translation>{drug} C{cycle}D{day} est prévu le {planned_date} ; il peut être administré à partir du {window_start}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calculated dose is {dose_mg} mg: a zero dose is refused (hold or omit instead).</source>
        <translation>La dose calculée est de {dose_mg} mg : une dose nulle est refusée (différer ou omettre à la place).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} is dosed by body surface area, not by cohort.</source>
        <translation>{drug} est dosé selon la surface corporelle, pas selon la cohorte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labs require a hold: {reasons}.</source>
        <translation>La biologie impose de différer : {reasons}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {prepared_by} prepared this dose and cannot also verify it. A second pharmacist must verify.</source>
        <translation>Refusé : {prepared_by} a préparé cette dose et ne peut pas aussi la vérifier. Un second pharmacien doit la vérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same as the record ({fields}): your BSA {bsa_m2} m² (record {record_bsa_m2} m²), your dose {dose_mg} mg (record {record_dose_mg} mg). Not verified: find the difference with the pharmacist who prepared it.</source>
        <translation>Différent de l&apos;enregistrement ({fields}) : votre surface corporelle {bsa_m2} m² (enregistrement {record_bsa_m2} m²), votre dose {dose_mg} mg (enregistrement {record_dose_mg} mg). Non vérifié : trouvez l&apos;écart avec le pharmacien qui l&apos;a préparée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This dose has not been prepared yet (it is {status}).</source>
        <translation>Cette dose n&apos;a pas encore été préparée (statut : {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no verified dose for C{cycle}D{day}: the pharmacy must calculate, prepare and verify it first.</source>
        <translation>Il n&apos;y a pas de dose vérifiée pour C{cycle}D{day} : la pharmacie doit d&apos;abord la calculer, la préparer et la vérifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose record DR-{dose_record_id} is for another patient or slot, not for this dose.</source>
        <translation>L&apos;enregistrement de dose DR-{dose_record_id} concerne un autre patient ou une autre étape, pas cette dose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dose is not verified yet (it is {status}).</source>
        <translation>La dose n&apos;est pas encore vérifiée (statut : {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dose record is void ({reason}): use the current one.</source>
        <translation>Cet enregistrement de dose est annulé ({reason}) : utilisez l&apos;enregistrement en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preparation expired at {expired_at}: prepare a new one.</source>
        <translation>La préparation a expiré le {expired_at} : préparez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored calculation ({stored_mg} mg) no longer reproduces ({recalculated_mg} mg): recalculate the dose; do not use this record.</source>
        <translation>Le calcul enregistré ({stored_mg} mg) ne se reproduit plus ({recalculated_mg} mg) : recalculez la dose ; n&apos;utilisez pas cet enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This dose was calculated under another version of the protocol file: recalculate it.</source>
        <translation>Cette dose a été calculée avec une autre version du fichier de protocole : recalculez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dose level {level} has no signed investigator decision behind it.</source>
        <translation>Le niveau de dose {level} ne s&apos;appuie sur aucune décision signée d&apos;un investigateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dose has been calculated for {subject_code} on {date} ({hint}).</source>
        <translation>Aucune dose n&apos;a été calculée pour {subject_code} le {date} ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This {entity} is {current}; it cannot become {wanted}.</source>
        <translation>Cet élément ({entity}) est {current} ; il ne peut pas devenir {wanted}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject_code} is no longer on treatment.</source>
        <translation>{subject_code} n&apos;est plus sous traitement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}: no dose has been calculated for this slot yet.</source>
        <translation>{drug} : aucune dose n&apos;a encore été calculée pour cette étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}: the pharmacy has not prepared this dose yet.</source>
        <translation>{drug} : la pharmacie n&apos;a pas encore préparé cette dose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} C{cycle}D{day} is already recorded as given.</source>
        <translation>{drug} C{cycle}D{day} est déjà enregistré comme administré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} C{cycle}D{day} was omitted: it is not given later.</source>
        <translation>{drug} C{cycle}D{day} a été omis : il n&apos;est pas administré plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} C{cycle}D{day} does not apply (its infusion was not given).</source>
        <translation>{drug} C{cycle}D{day} est sans objet (sa perfusion n&apos;a pas été administrée).</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>{field}: &quot;{text}&quot; is not a date; {hint}.</source>
        <translation>{field} : « {text} » n&apos;est pas une date ; {hint}.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{field}: &quot;{text}&quot; has more than {decimals} decimals (accepted range {minimum} to {maximum} {unit}).</source>
        <translation>{field} : « {text} » a plus de {decimals} décimales (intervalle accepté {minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{field}: &quot;{text}&quot; is not a drug of this protocol ({allowed}).</source>
        <translation>{field} : « {text} » n&apos;est pas un médicament de ce protocole ({allowed}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{field}: choose the reaction&apos;s {unit}, {minimum} to {maximum}.</source>
        <translation>{field} : choisissez le {unit} de la réaction, de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{hint} (see {command} --help).</source>
        <translation>{hint} (voir {command} --help).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An investigator must decide on {drug}{slot} first ({decision}).</source>
        <translation>Un investigateur doit d&apos;abord décider pour {drug}{slot} ({decision}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{drug} is discontinued for this patient since {on} ({reason}): C{cycle}D{day} cannot be calculated, prepared or given.</source>
        <translation>{drug} est arrêté définitivement pour ce patient depuis le {on} ({reason}) : C{cycle}D{day} ne peut être ni calculé, ni préparé, ni administré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment ended for this patient on {on}: {drug} C{cycle}D{day} cannot be given.</source>
        <translation>Le traitement de ce patient s&apos;est terminé le {on} : {drug} C{cycle}D{day} ne peut pas être administré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} C{cycle}D{day} is a premedication: hold the infusion itself.</source>
        <translation>{drug} C{cycle}D{day} est une prémédication : différez la perfusion elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} C{cycle}D{day} was missed: its window ended on {window_end}. Record what happened (a late entry on its real date, or an omission).</source>
        <translation>{drug} C{cycle}D{day} a été manqué : sa fenêtre s&apos;est terminée le {window_end}. Enregistrez ce qui s&apos;est passé (une saisie tardive à sa date réelle, ou une omission).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} C{cycle}D{day}: a late entry needs the real date, before {today}.</source>
        <translation>{drug} C{cycle}D{day} : une saisie tardive demande la date réelle, avant le {today}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} C{cycle}D{day}: {on} is outside its window, {window_start} to {window_end}.</source>
        <translation>{drug} C{cycle}D{day} : le {on} est hors de sa fenêtre, du {window_start} au {window_end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} C{cycle}D{day} waits for the dose it follows to be given first.</source>
        <translation>{drug} C{cycle}D{day} attend que la dose qui le précède soit d&apos;abord administrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} was already given on {on} ({given_slot}): never two doses of one drug on one day.</source>
        <translation>{drug} a déjà été administré le {on} ({given_slot}) : jamais deux doses d&apos;un même médicament le même jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} was given {days} days before {on} ({given_slot}, {given_on}); at least {minimum} days must pass.</source>
        <translation>{drug} a été administré {days} j avant le {on} ({given_slot}, {given_on}) ; au moins {minimum} j doivent s&apos;écouler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such dose record for C{cycle}D{day}.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement de dose de ce type pour C{cycle}D{day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose record DR-{dose_record_id} was replaced by DR-{current}: use the current one.</source>
        <translation>L&apos;enregistrement de dose DR-{dose_record_id} a été remplacé par DR-{current} : utilisez l&apos;enregistrement en cours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose record DR-{dose_record_id} has a step nobody signed ({steps}): withdraw it and calculate again.</source>
        <translation>L&apos;enregistrement de dose DR-{dose_record_id} a une étape que personne n&apos;a signée ({steps}) : retirez-le et recalculez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This dose is already prepared (it is {status}).</source>
        <translation>Cette dose est déjà préparée (statut : {status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dose is already verified.</source>
        <translation>Cette dose est déjà vérifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dose level changed since the calculation (level {record_level} then, {level} now): calculate the dose again.</source>
        <translation>Le niveau de dose a changé depuis le calcul (niveau {record_level} alors, {level} maintenant) : recalculez la dose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cohort changed since the calculation ({record_cohort} then, {cohort} now): calculate the dose again.</source>
        <translation>La cohorte a changé depuis le calcul ({record_cohort} alors, {cohort} maintenant) : recalculez la dose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Height or weight changed since the calculation ({record_height_cm} cm and {record_weight_kg} kg then, {height_cm} cm and {weight_kg} kg now): calculate the dose again.</source>
        <translation>La taille ou le poids a changé depuis le calcul ({record_height_cm} cm et {record_weight_kg} kg alors, {height_cm} cm et {weight_kg} kg maintenant) : recalculez la dose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This dose was already given on {on}.</source>
        <translation>Cette dose a déjà été administrée le {on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labs say hold: {problems}.</source>
        <translation>La biologie impose de différer : {problems}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No blood counts drawn within {max_age_days} days before the dose: record the labs first.</source>
        <translation>Aucune numération prélevée dans les {max_age_days} j précédant la dose : saisissez d&apos;abord la biologie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blood counts are too old (more than {max_age_days} days before the dose): record new labs first.</source>
        <translation>La numération est trop ancienne (plus de {max_age_days} j avant la dose) : saisissez d&apos;abord une nouvelle biologie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The labs for this dose are still pending.</source>
        <translation>La biologie de cette dose est encore en attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record {drug} C{cycle}D{day} first: the infusion follows its premedication.</source>
        <translation>Enregistrez d&apos;abord {drug} C{cycle}D{day} : la perfusion suit sa prémédication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: a reduction to level {proposed} is required; &quot;{text}&quot; cannot be chosen.</source>
        <translation>{field} : une réduction au niveau {proposed} est requise ; « {text} » ne peut pas être choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: below level {lowest} there is no lower level: the investigator decides to stop the drug.</source>
        <translation>{field} : en dessous du niveau {lowest} il n&apos;y a pas de niveau inférieur : l&apos;investigateur décide d&apos;arrêter le médicament.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &quot;{text}&quot; would raise the level above {current}; reductions are never reversed.</source>
        <translation>{field} : « {text} » relèverait le niveau au-dessus de {current} ; les réductions ne sont jamais annulées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is discontinued for {subject_code}.</source>
        <translation>Rien n&apos;est arrêté définitivement pour {subject_code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {text} is not a grade from {minimum} to {maximum}.</source>
        <translation>{field} : {text} n&apos;est pas un grade de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: a grade is recorded only with a reaction (&quot;{text}&quot;).</source>
        <translation>{field} : un grade n&apos;est enregistré qu&apos;avec une réaction (« {text} »).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: write the term ({minimum} to {maximum} {unit}).</source>
        <translation>{field} : écrivez le terme ({minimum} à {maximum} {unit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: &quot;{text}&quot; is not a toxicity term of this protocol ({accepted}).</source>
        <translation>{field} : « {text} » n&apos;est pas un terme de toxicité de ce protocole ({accepted}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record cannot be made void.</source>
        <translation>Cet enregistrement ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record cannot be signed.</source>
        <translation>Cet enregistrement ne peut pas être signé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {entity} asked for does not exist (any more).</source>
        <translation>L&apos;élément demandé ({entity}) n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {entity} refers to a record that does not exist.</source>
        <translation>L&apos;élément ({entity}) renvoie à un enregistrement qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {entity} is already recorded.</source>
        <translation>Cet élément ({entity}) est déjà enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this {entity} meanwhile: look at it again, then retry.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément ({entity}) entre-temps : consultez-le de nouveau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is busy with another program (waited {waited_ms} ms): nothing was written; try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme (attente de {waited_ms} ms) : rien n&apos;a été écrit ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {text} already exists ({hint}).</source>
        <translation>{field} : {text} existe déjà ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: there is no database at {text} ({hint}).</source>
        <translation>{field} : il n&apos;y a pas de base de données à {text} ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a readable clinic database: {reason}.</source>
        <translation>{path} n&apos;est pas une base de données de centre lisible : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a database of this program.</source>
        <translation>{path} n&apos;est pas une base de données de ce programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is damaged ({reason}): restore the latest backup.</source>
        <translation>Le fichier de la base de données est endommagé ({reason}) : restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail was shortened or rewritten (at entry {row_id}): the database may have been tampered with.</source>
        <translation>La piste d&apos;audit a été raccourcie ou réécrite (à l&apos;entrée {row_id}) : la base de données a peut-être été falsifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail&apos;s head file cannot be read: {reason}.</source>
        <translation>Le fichier de tête de la piste d&apos;audit est illisible : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail&apos;s head file does not match the audit key: {reason}.</source>
        <translation>Le fichier de tête de la piste d&apos;audit ne correspond pas à la clé d&apos;audit : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit entry at the recorded head was replaced (entry {row_id}).</source>
        <translation>L&apos;entrée d&apos;audit de la tête enregistrée a été remplacée (entrée {row_id}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An audit entry is missing (entry {row_id}).</source>
        <translation>Une entrée d&apos;audit manque (entrée {row_id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entry {row_id} was changed after it was written.</source>
        <translation>L&apos;entrée d&apos;audit {row_id} a été modifiée après son écriture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last audit entries were removed (from entry {row_id}).</source>
        <translation>Les dernières entrées d&apos;audit ont été supprimées (à partir de l&apos;entrée {row_id}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record refers to one that does not exist (row {row_id}): {reason}.</source>
        <translation>Un enregistrement renvoie à un enregistrement inexistant (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit key file {path} is missing: restore it from its own backup.</source>
        <translation>Le fichier de clé d&apos;audit {path} manque : restaurez-le depuis sa propre sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit key file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de clé d&apos;audit {path} est illisible : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was written by a newer version of the program (version {file_version}; this one knows {known_version}): use the newer program.</source>
        <translation>Cette base de données a été écrite par une version plus récente du programme (version {file_version} ; celle-ci connaît la {known_version}) : utilisez le programme plus récent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {path} already exists; choose a new file name.</source>
        <translation>{field} : {path} existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {path} cannot be written ({hint}).</source>
        <translation>{field} : {path} ne peut pas être écrit ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: there is no backup at {path}.</source>
        <translation>{field} : il n&apos;y a pas de sauvegarde à {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup does not belong to this clinic&apos;s audit trail (entry {row_id}).</source>
        <translation>Cette sauvegarde n&apos;appartient pas à la piste d&apos;audit de ce centre (entrée {row_id}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinic already has {patients} patients: import only into an empty clinic.</source>
        <translation>Le centre compte déjà {patients} patients : importez uniquement dans un centre vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export was made under another protocol file: import refused.</source>
        <translation>L&apos;export a été fait avec un autre fichier de protocole : import refusé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export file is not valid at {field}: {hint}.</source>
        <translation>Le fichier d&apos;export n&apos;est pas valide à {field} : {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit key file {path} belongs to another database ({hint}).</source>
        <translation>Le fichier de clé d&apos;audit {path} appartient à une autre base de données ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} holds records but no audit trail: it cannot be restored.</source>
        <translation>{path} contient des enregistrements mais pas de piste d&apos;audit : il ne peut pas être restauré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was written by another version of the program: it cannot be restored here.</source>
        <translation>{path} a été écrit par une autre version du programme : il ne peut pas être restauré ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a backup of another clinic: it cannot be restored here.</source>
        <translation>{path} est une sauvegarde d&apos;un autre centre : elle ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {path} is a folder, not a database file ({hint}).</source>
        <translation>{field} : {path} est un dossier, pas un fichier de base de données ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database was restored from a backup meanwhile ({hint}): sign in again.</source>
        <translation>La base de données a été restaurée depuis une sauvegarde entre-temps ({hint}) : reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database holds records but its audit trail is missing: restore the latest backup.</source>
        <translation>La base de données contient des enregistrements mais sa piste d&apos;audit manque : restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record is not on the audit trail (row {row_id}): {reason}.</source>
        <translation>Un enregistrement n&apos;est pas dans la piste d&apos;audit (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record was changed without an audit entry (row {row_id}): {reason}.</source>
        <translation>Un enregistrement a été modifié sans entrée d&apos;audit (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record on the audit trail is gone (row {row_id}): {reason}.</source>
        <translation>Un enregistrement de la piste d&apos;audit a disparu (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed record no longer matches what was signed (signature {row_id}): {reason}.</source>
        <translation>Un enregistrement signé ne correspond plus à ce qui a été signé (signature {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dose record&apos;s frozen calculation was changed (row {row_id}): {reason}.</source>
        <translation>Le calcul figé d&apos;un enregistrement de dose a été modifié (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signature has the wrong meaning for its record (row {row_id}): {reason}.</source>
        <translation>Une signature n&apos;a pas le bon sens pour son enregistrement (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was signed twice (row {row_id}): {reason}.</source>
        <translation>Un enregistrement a été signé deux fois (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record that must be signed is not (row {row_id}): {reason}.</source>
        <translation>Un enregistrement qui doit être signé ne l&apos;est pas (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dose record&apos;s status has no signed step behind it (row {row_id}): {reason}.</source>
        <translation>Le statut d&apos;un enregistrement de dose ne s&apos;appuie sur aucune étape signée (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database&apos;s structure was changed outside the program ({reason}): a protection of the records may be gone.</source>
        <translation>La structure de la base a été modifiée hors du programme ({reason}) : une protection des enregistrements peut avoir disparu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept state was written without the audit key (row {row_id}): {reason}.</source>
        <translation>Un état conservé n&apos;a pas été écrit avec la clé d&apos;audit (ligne {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s kept due list differs from the dose gate&apos;s answer (patient row {row_id}): {reason}.</source>
        <translation>La liste des échéances conservée d&apos;un patient diffère de la réponse du contrôle de dose (ligne patient {row_id}) : {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} must be upgraded to this version ({known_version}) before it is read: {hint}.</source>
        <translation>{path} doit être mis à niveau vers cette version ({known_version}) avant d&apos;être lu : {hint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {path} could not be written: {reason}.</source>
        <translation>{field} : {path} n&apos;a pas pu être écrit : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {path} already exists ({hint}).</source>
        <translation>{field} : {path} existe déjà ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: the folder of {path} does not exist ({hint}).</source>
        <translation>{field} : le dossier de {path} n&apos;existe pas ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {path} is a folder ({hint}).</source>
        <translation>{field} : {path} est un dossier ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {path} is never written over ({hint}).</source>
        <translation>{field} : {path} n&apos;est jamais écrasé ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {path} is not a plain file ({hint}).</source>
        <translation>{field} : {path} n&apos;est pas un fichier ordinaire ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: the file is not {unit} text ({hint}).</source>
        <translation>{field} : le fichier n&apos;est pas du texte {unit} ({hint}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export file is refused at {field}: {reason}.</source>
        <translation>Le fichier d&apos;export est refusé à {field} : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {text} is outside the accepted range {minimum} to {maximum}.</source>
        <translation>{field} : {text} est hors de l&apos;intervalle accepté {minimum} à {maximum}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot deactivate your own account ({username}).</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte ({username}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password reset of {username} waits for confirmation ({hint}).</source>
        <translation>Aucune réinitialisation du mot de passe de {username} n&apos;attend de confirmation ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second person must confirm this for {username} ({hint}).</source>
        <translation>Une seconde personne doit confirmer cela pour {username} ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the character {code_point} at position {position} is refused ({hint}).</source>
        <translation>{field} : le caractère {code_point} en position {position} est refusé ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {minimum} to {maximum} {unit}.</source>
        <translation>{field} : {minimum} à {maximum} {unit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: too like the name of {username} ({hint}); write it so the two cannot be confused.</source>
        <translation>{field} : trop proche du nom de {username} ({hint}) ; écrivez-le de sorte que les deux ne puissent pas être confondus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program fault: {field} has the wrong type ({got} instead of {expected}).</source>
        <translation>Erreur du programme : {field} a le mauvais type ({got} au lieu de {expected}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program fault: a {entity} value was refused by the database ({detail}).</source>
        <translation>Erreur du programme : une valeur ({entity}) a été refusée par la base de données ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program fault: no user is named for this change.</source>
        <translation>Erreur du programme : aucun utilisateur n&apos;est indiqué pour cette modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program fault: the signer is not the user who records the change.</source>
        <translation>Erreur du programme : le signataire n&apos;est pas l&apos;utilisateur qui enregistre la modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program fault: the protocol fingerprint is not valid.</source>
        <translation>Erreur du programme : l&apos;empreinte du protocole n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program fault: a site setting needs a name.</source>
        <translation>Erreur du programme : un paramètre du centre doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol file has no drug given in cycles ({hint}).</source>
        <translation>Le fichier de protocole n&apos;a aucun médicament administré par cycles ({hint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol file {file}, setting &quot;{key}&quot;: {problem}.</source>
        <translation>Fichier de protocole {file}, paramètre « {key} » : {problem}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hint: {hint}.</source>
        <translation>Conseil : {hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: {words}.</source>
        <translation>Non fait : {words}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../clinic_app/wording/values.py" line="+62"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today</source>
        <translation>prévue aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>différée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omitted</source>
        <translation>omise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given</source>
        <translation>administrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for an investigator&apos;s decision</source>
        <translation>en attente d&apos;une décision de l&apos;investigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screening</source>
        <translation>sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual</source>
        <translation>réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nurse</source>
        <translation>infirmier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pharmacist</source>
        <translation>pharmacien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investigator</source>
        <translation>investigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Contrôlé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administered</source>
        <translation>Administré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Différé</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not calculated</source>
        <translation>non calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no pharmacy step</source>
        <translation>sans étape pharmacie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too old</source>
        <translation>trop ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated</source>
        <translation>calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>well tolerated</source>
        <translation>bien tolérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild reaction</source>
        <translation>réaction légère</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>severe hypersensitivity</source>
        <translation>hypersensibilité sévère</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>ANC below the threshold</source>
        <translation>PNN sous le seuil</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>platelets below the threshold</source>
        <translation>plaquettes sous le seuil</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no blood counts recent enough</source>
        <translation>aucune numération assez récente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>see patients</source>
        <translation>voir les patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrol a patient</source>
        <translation>inclure un patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record height and weight</source>
        <translation>saisir la taille et le poids</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>record labs</source>
        <translation>saisir la biologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a visit</source>
        <translation>enregistrer une visite</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>calculate a dose</source>
        <translation>calculer une dose</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>sign a preparation</source>
        <translation>signer une préparation</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>verify a dose</source>
        <translation>vérifier une dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign an administration</source>
        <translation>signer une administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold or omit a dose</source>
        <translation>différer ou omettre une dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign an investigator&apos;s decision</source>
        <translation>signer une décision d&apos;investigateur</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>re-assign a cohort</source>
        <translation>réaffecter une cohorte</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>account locked</source>
        <translation>compte verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate a user</source>
        <translation>activer un utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign a cohort</source>
        <translation>affecter une cohorte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the language</source>
        <translation>changer la langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the password</source>
        <translation>changer le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a setting</source>
        <translation>modifier un paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close a day</source>
        <translation>fermer un jour</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>confirm a password reset</source>
        <translation>confirmer une réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>correct an administration</source>
        <translation>corriger une administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct the identity</source>
        <translation>corriger l&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the first administrator</source>
        <translation>créer le premier administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a setting</source>
        <translation>créer un paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create the site&apos;s identity</source>
        <translation>créer l&apos;identité du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a user</source>
        <translation>créer un utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import closed days</source>
        <translation>importer des jours de fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a document</source>
        <translation>importer un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import an identity</source>
        <translation>importer une identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import patients</source>
        <translation>importer des patients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import provenance</source>
        <translation>importer la provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a signature</source>
        <translation>importer une signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade the database</source>
        <translation>mettre à niveau la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a row after an upgrade</source>
        <translation>enregistrer une ligne après une mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepare a dose</source>
        <translation>préparer une dose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reopen a day</source>
        <translation>rouvrir un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request a password reset</source>
        <translation>demander une réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a password</source>
        <translation>réinitialiser un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the identity</source>
        <translation>enregistrer l&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the language</source>
        <translation>enregistrer la langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in after failures</source>
        <translation>connexion après des échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in refused while locked</source>
        <translation>connexion refusée pendant le verrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update the patient</source>
        <translation>mettre à jour le patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decide cohort safety satisfactory</source>
        <translation>décider la tolérance de la cohorte satisfaisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide the dose level</source>
        <translation>décider le niveau de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide give or skip</source>
        <translation>décider d&apos;administrer ou de sauter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide the premedication</source>
        <translation>décider la prémédication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide on a weight change</source>
        <translation>décider d&apos;une variation de poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose prepared</source>
        <translation>dose préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose verified</source>
        <translation>dose vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose calculated</source>
        <translation>dose calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose void</source>
        <translation>dose annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record given</source>
        <translation>enregistrer administrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record held</source>
        <translation>enregistrer différée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record omitted</source>
        <translation>enregistrer omise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign administered</source>
        <translation>signer administré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign approved</source>
        <translation>signer approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign held</source>
        <translation>signer différé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign prepared</source>
        <translation>signer préparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign verified</source>
        <translation>signer vérifié</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dose level</source>
        <translation>niveau de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat dose after a held infusion: give or skip</source>
        <translation>dose fixe après une perfusion différée : administrer ou sauter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premedication after cycle 1: continue or omit</source>
        <translation>prémédication après le cycle 1 : poursuivre ou omettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight change: recalculate or keep the dose</source>
        <translation>variation de poids : recalculer ou garder la dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discontinuation for good</source>
        <translation>arrêt définitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a discontinuation: continue the flat dose alone or end treatment</source>
        <translation>après un arrêt définitif : poursuivre la dose fixe seule ou terminer le traitement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>infusion not given</source>
        <translation>perfusion non administrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tolerance not recorded</source>
        <translation>tolérance non enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>investigator&apos;s decision</source>
        <translation>décision de l&apos;investigateur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>open a cohort</source>
        <translation>ouvrir une cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print</source>
        <translation>imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the audit log</source>
        <translation>voir le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the database</source>
        <translation>sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the database</source>
        <translation>restaurer la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load the demo clinic</source>
        <translation>charger le centre de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the site&apos;s settings</source>
        <translation>modifier les paramètres du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record an adverse event</source>
        <translation>enregistrer un événement indésirable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user account</source>
        <translation>compte utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab result</source>
        <translation>résultat biologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose record</source>
        <translation>enregistrement de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation</source>
        <translation>préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site setting</source>
        <translation>paramètre du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed day</source>
        <translation>jour de fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient identity</source>
        <translation>identité du patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort assignment</source>
        <translation>affectation de cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toxicity</source>
        <translation>toxicité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient&apos;s language</source>
        <translation>langue du patient</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>user name</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC</source>
        <translation>PNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelets</source>
        <translation>plaquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your BSA</source>
        <translation>votre surface corporelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your dose</source>
        <translation>votre dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSA</source>
        <translation>Surface corporelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle/day</source>
        <translation>cycle/jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit date</source>
        <translation>date de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for the late entry</source>
        <translation>motif de la saisie tardive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned C1D1</source>
        <translation>C1D1 prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement date</source>
        <translation>date de la mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hospital number</source>
        <translation>IPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date drawn</source>
        <translation>date du prélèvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tolerance</source>
        <translation>tolérance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term text</source>
        <translation>texte du terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject code</source>
        <translation>code patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site name</source>
        <translation>nom du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onset</source>
        <translation>début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initials</source>
        <translation>initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drug</source>
        <translation>médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle number</source>
        <translation>numéro de cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day of the cycle</source>
        <translation>jour du cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose record number, e.g. 12 or DR-000012</source>
        <translation>numéro d&apos;enregistrement de dose, p. ex. 12 ou DR-000012</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date and time with time zone</source>
        <translation>date et heure avec fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTCAE grade</source>
        <translation>grade CTCAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years of age</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters A-Z</source>
        <translation>lettres A-Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date (YYYY-MM-DD)</source>
        <translation>date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters A-Z, 0-9, -</source>
        <translation>caractères A-Z, 0-9, -</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use &quot;.&quot; as decimal separator</source>
        <translation>utilisez « . » comme séparateur décimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type digits 0-9 with at most one &quot;.&quot; (no signs, exponents, spaces or other characters)</source>
        <translation>tapez des chiffres 0-9 avec au plus un « . » (ni signe, ni exposant, ni espace, ni autre caractère)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type digits 0-9 with at most one &quot;,&quot; (no signs, exponents, spaces or other characters)</source>
        <translation>tapez des chiffres 0-9 avec au plus une « , » (ni signe, ni exposant, ni espace, ni autre caractère)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type the number without a thousands separator</source>
        <translation>tapez le nombre sans séparateur de milliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the height in cm: inches or metres were probably typed (1 inch = 2.54 cm, 1 m = 100 cm)</source>
        <translation>saisissez la taille en cm : des pouces ou des mètres ont probablement été tapés (1 pouce = 2,54 cm, 1 m = 100 cm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the weight in kg</source>
        <translation>saisissez le poids en kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the weight in kg: pounds or grams were probably typed (1 lb = 0.4536 kg)</source>
        <translation>saisissez le poids en kg : des livres ou des grammes ont probablement été tapés (1 lb = 0,4536 kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the count in × 10⁹/L (e.g. 1.5, not 1500)</source>
        <translation>saisissez la numération en × 10⁹/L (p. ex. 1,5 et non 1500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the count in × 10⁹/L (e.g. 150, not 150000)</source>
        <translation>saisissez la numération en × 10⁹/L (p. ex. 150 et non 150000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the date as YYYY-MM-DD, e.g. 2026-01-05</source>
        <translation>écrivez la date AAAA-MM-JJ, p. ex. 2026-01-05</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study day -1 is followed by study day 1</source>
        <translation>le jour d&apos;étude -1 est suivi du jour d&apos;étude 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number such as 0, -1 or -2</source>
        <translation>un nombre entier tel que 0, -1 ou -2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given name and family name</source>
        <translation>prénom et nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the cycle and day decided on</source>
        <translation>indiquez le cycle et le jour décidés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the record changes</source>
        <translation>indiquez pourquoi l&apos;enregistrement change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why when the reason is &apos;other&apos;</source>
        <translation>précisez le motif quand il est « autre »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculate the dose first</source>
        <translation>calculez d&apos;abord la dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one login per person</source>
        <translation>un identifiant par personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters, spaces, hyphens and apostrophes only: no line breaks or invisible characters</source>
        <translation>lettres, espaces, traits d&apos;union et apostrophes uniquement : ni saut de ligne ni caractère invisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone other than the person and the requester</source>
        <translation>quelqu&apos;un d&apos;autre que la personne et le demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator requests the reset first</source>
        <translation>un administrateur demande d&apos;abord la réinitialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in as an administrator</source>
        <translation>connectez-vous en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database was restored: close and open it again</source>
        <translation>la base de données a été restaurée : fermez-la et rouvrez-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the user who signs in</source>
        <translation>indiquez l&apos;utilisateur qui se connecte (--user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create it with `init` or `demo`, or name another file</source>
        <translation>créez-la avec `init` ou `demo`, ou indiquez un autre fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set CLINIC_APP_PASSWORD when no terminal is attached</source>
        <translation>définissez CLINIC_APP_PASSWORD quand aucun terminal n&apos;est attaché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init only creates a new clinic database</source>
        <translation>init ne crée qu&apos;une nouvelle base de données du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo is written to a new file only</source>
        <translation>la démonstration s&apos;écrit uniquement dans un nouveau fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or name the record with --dose-record</source>
        <translation>ou indiquez l&apos;enregistrement avec --dose-record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name a file, not a folder</source>
        <translation>indiquez un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that file is the clinic database, one of its files or another database: choose another name</source>
        <translation>ce fichier est la base de données du centre, l&apos;un de ses fichiers ou une autre base de données : choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name an ordinary file</source>
        <translation>indiquez un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another name, or --force to replace it</source>
        <translation>choisissez un autre nom, ou --force pour le remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an existing folder you may write to</source>
        <translation>choisissez un dossier existant où vous pouvez écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the database file, not its folder</source>
        <translation>indiquez le fichier de la base de données, pas son dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the key file kept with this database</source>
        <translation>restaurez le fichier de clé conservé avec cette base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this key belongs to a database that is not here: move it away</source>
        <translation>cette clé appartient à une base de données absente d&apos;ici : déplacez-la ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it once with the window or a command that writes</source>
        <translation>ouvrez-la une fois avec la fenêtre ou avec une commande qui écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one drug without anchor_drug must be dosed on day 1 of the cycle</source>
        <translation>un médicament sans anchor_drug doit être administré au jour 1 du cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the planned date of C1D1 (first dose), format YYYY-MM-DD</source>
        <translation>indiquez la date prévue de C1D1 (première dose), au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>64 hexadecimal digits</source>
        <translation>64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a timezone-aware datetime</source>
        <translation>une date et heure avec son fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a username</source>
        <translation>un identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {choices}</source>
        <translation>au choix : {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at byte {byte}</source>
        <translation>à l&apos;octet {byte}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{document} is for one patient</source>
        <translation>{document} concerne un seul patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks like the name of {username}: add a middle initial or write it differently</source>
        <translation>ressemble au nom de {username} : ajoutez l&apos;initiale d&apos;un second prénom ou écrivez-le autrement</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../clinic_app/gui/exception_hook.py" line="+29"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong. Nothing was saved for the last action. The details are in the log file.</source>
        <translation>Un problème inattendu est survenu. Rien n&apos;a été enregistré pour la dernière action. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../clinic_app/gui/login_dialogs.py" line="+146"/>
        <source>First start: set up this clinic</source>
        <translation>Premier démarrage : configurer ce centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is empty. Name the site and create the first administrator (users and backups only; clinical users are created afterwards).</source>
        <translation>La base de données est vide. Nommez le centre et créez le premier administrateur (utilisateurs et sauvegardes uniquement ; les utilisateurs cliniques sont créés ensuite).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Site name:</source>
        <translation>Nom du &amp;centre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;user name:</source>
        <translation>&amp;Identifiant de l&apos;administrateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the clinic</source>
        <translation>Créer le centre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Or look around first</source>
        <translation>Ou découvrir d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the fictional demo clinic instead: fictional patients for training; a DEMO banner is shown on every screen and sheet; your real clinic database stays empty (set it up at the next start).</source>
        <translation>Ouvrir plutôt le centre de démonstration fictif : patients fictifs pour la formation ; un bandeau DÉMO s&apos;affiche sur chaque écran et chaque feuille ; la base de données réelle de votre centre reste vide (configurez-la au prochain démarrage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the fictional &amp;demo clinic</source>
        <translation>Ouvrir le centre de &amp;démonstration fictif</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>FullCheckSchedule</name>
    <message>
        <location filename="../../clinic_app/gui/full_check.py" line="+53"/>
        <source>Full check: not run yet</source>
        <translation>Contrôle complet : pas encore effectué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full check {when}: ok</source>
        <translation>Contrôle complet {when} : ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full check {when}: FAULT, {fault}</source>
        <translation>Contrôle complet {when} : ANOMALIE, {fault}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Full check: running...</source>
        <translation>Contrôle complet : en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full check: could not run ({error})</source>
        <translation>Contrôle complet : impossible ({error})</translation>
    </message>
</context>
<context>
    <name>GateWords</name>
    <message>
        <location filename="../../clinic_app/wording/cohort_gate.py" line="+14"/>
        <source>cohort {previous} is not open yet</source>
        <translation>la cohorte {previous} n&apos;est pas encore ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort {previous} has {enrolled} of {needed} patients enrolled</source>
        <translation>la cohorte {previous} compte {enrolled} patients inclus sur {needed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patient {position} of cohort {previous} ({subject_code}) has not completed the {visit_name} ({completed} of {needed} done)</source>
        <translation>le patient n° {position} de la cohorte {previous} ({subject_code}) n&apos;a pas terminé la visite « {visit_name} » ({completed} sur {needed} réalisées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no signed investigator decision that cohort {previous} safety is satisfactory</source>
        <translation>aucune décision signée de l&apos;investigateur déclarant satisfaisante la tolérance de la cohorte {previous}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the investigator decision for cohort {previous} ({decided_on}) predates the {visit_name} of patient {position} ({completed_on})</source>
        <translation>la décision de l&apos;investigateur pour la cohorte {previous} ({decided_on}) précède la visite « {visit_name} » du patient n° {position} ({completed_on})</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/administration.py" line="+88"/>
        <source>Hold / omit - {code}</source>
        <translation>Différer / omettre - {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} C{cycle}D{day}</source>
        <translation>{drug} C{cycle}D{day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- choose -</source>
        <translation>- choisir -</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Omit for good (investigator&apos;s decision) instead of hold</source>
        <translation>&amp;Omettre définitivement (décision de l&apos;investigateur) au lieu de différer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>today, {date}</source>
        <translation>aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enter your &amp;password:</source>
        <translation>Saisissez à nouveau votre &amp;mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the reason.</source>
        <translation>Choisissez le motif.</translation>
    </message>
</context>
<context>
    <name>LabsDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/measurement.py" line="+79"/>
        <source>Record labs - {code}</source>
        <translation>Saisir la biologie - {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× 10⁹/L, e.g. 1.8</source>
        <translation>× 10⁹/L, p. ex. 1,8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>× 10⁹/L, e.g. 210</source>
        <translation>× 10⁹/L, p. ex. 210</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;ANC (× 10⁹/L):</source>
        <translation>&amp;PNN (× 10⁹/L) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platelets (× 10⁹/L):</source>
        <translation>P&amp;laquettes (× 10⁹/L) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drawn on:</source>
        <translation>&amp;Prélevé le :</translation>
    </message>
</context>
<context>
    <name>LateEntryDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/late_entry.py" line="+37"/>
        <source>Late entry - {code}</source>
        <translation>Saisie tardive - {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}, C{cycle}D{day}: given on an earlier day, entered late</source>
        <translation>{drug}, C{cycle}D{day} : administré un jour précédent, saisi tardivement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its window: {start} to {end}. The real date must be inside it and before today ({today}).</source>
        <translation>Sa fenêtre : du {start} au {end}. La date réelle doit s&apos;y trouver et précéder aujourd&apos;hui ({today}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meaning of this signature: Administered (entered late) - signed by {name} ({role})</source>
        <translation>Sens de cette signature : Administré (saisie tardive) - signé par {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Administré le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it is entered late:</source>
        <translation>&amp;Motif de la saisie tardive :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolérance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction g&amp;rade (CTCAE):</source>
        <translation>G&amp;rade de la réaction (CTCAE) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your &amp;password:</source>
        <translation>Saisissez à nouveau votre &amp;mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign: Administered</source>
        <translation>Signer : Administré</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../clinic_app/gui/launch.py" line="+154"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {problem}</source>
        <translation>{path} : {problem}</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../clinic_app/gui/lock_page.py" line="+55"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or one-time code:</source>
        <translation>&amp;Mot de passe ou code à usage unique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient data is hidden. Enter your password to continue, or another user may log in.</source>
        <translation>Les données des patients sont masquées. Saisissez votre mot de passe pour continuer, ou un autre utilisateur peut se connecter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../clinic_app/gui/login_dialogs.py" line="-159"/>
        <source>Fictional demo clinic: sign in as {users} with the password {password}.</source>
        <translation>Centre de démonstration fictif : connectez-vous en tant que {users} avec le mot de passe {password}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log in - {site}</source>
        <translation>Connexion - {site}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or one-time code:</source>
        <translation>&amp;Mot de passe ou code à usage unique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clinic_app/gui/main_window.py" line="+81"/>
        <location filename="../../clinic_app/gui/menus.py" line="+149"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DEMO DATA - FICTIONAL PATIENTS</source>
        <translation>DONNÉES DE DÉMONSTRATION - PATIENTS FICTIFS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is also open in another window: what is recorded there appears here within 2 seconds, and the other way round.</source>
        <translation>Cette base de données est aussi ouverte dans une autre fenêtre : ce qui y est enregistré apparaît ici en moins de 2 secondes, et inversement.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Calculate a dose first (Ctrl+D).</source>
        <translation>Calculez d&apos;abord une dose (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Site phone number</source>
        <translation>Téléphone du centre</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The clinic&apos;s phone number, printed on every patient calendar under the clinic&apos;s name:</source>
        <translation>Le numéro de téléphone du centre, imprimé sur chaque calendrier patient sous le nom du centre :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site phone number saved: {phone}.</source>
        <translation>Téléphone du centre enregistré : {phone}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Language of printed documents</source>
        <translation>Langue des documents imprimés</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Dosing sheets, checklists and worklists are printed in this language; a patient&apos;s calendar in the patient&apos;s own:</source>
        <translation>Les fiches de préparation, listes de vérification et listes de préparation sont imprimées dans cette langue ; le calendrier d&apos;un patient dans la sienne :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documents are now printed in {language}.</source>
        <translation>Les documents sont désormais imprimés en {language}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Idle lock</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock the screen after this many minutes without input:</source>
        <translation>Verrouiller l&apos;écran après ce nombre de minutes sans saisie :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{site} - Clinic Dosing Assistant</source>
        <translation>{site} - Assistant de calcul de doses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../clinic_app/gui/menus.py" line="-98"/>
        <source>Select a patient in Today, or open one in the Patient tab, first.</source>
        <translation>Sélectionnez d&apos;abord un patient dans Aujourd&apos;hui, ou ouvrez-en un dans l&apos;onglet Patient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up the database...</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Cohorts</source>
        <translation>&amp;Cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Texte plus grand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Idle lock after...</source>
        <translation>&amp;Verrouillage après inactivité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enrol a patient...</source>
        <translation>&amp;Inclure un patient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;height and weight...</source>
        <translation>Saisir &amp;taille et poids…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;labs...</source>
        <translation>Saisir la &amp;biologie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose: calculate, prepare, verify...</source>
        <translation>&amp;Dose : calculer, préparer, vérifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administered (sign)...</source>
        <translation>&amp;Administré (signer)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;old or omit...</source>
        <translation>Di&amp;fférer ou omettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;te entry of a dose given on an earlier day...</source>
        <translation>Saisie &amp;tardive d&apos;une dose administrée un jour précédent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adve&amp;rse event...</source>
        <translation>Événement indési&amp;rable…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visit done (Week 13 / Week 25)...</source>
        <translation>&amp;Visite réalisée (semaine 13 / semaine 25)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide what the highlighted item waits for...</source>
        <translation>&amp;Décider ce qu&apos;attend l&apos;élément sélectionné…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{bsa} dose &amp;level...</source>
        <translation>&amp;Niveau de dose de {bsa}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weight change: recalculate or keep...</source>
        <translation>&amp;Variation de poids : recalculer ou garder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{flat} after a {bsa} not given: &amp;give or skip...</source>
        <translation>{flat} après un {bsa} non administré : &amp;administrer ou sauter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{premed} from cycle 2: &amp;continue or omit...</source>
        <translation>{premed} à partir du cycle 2 : &amp;poursuivre ou omettre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop a drug for good...</source>
        <translation>A&amp;rrêter définitivement un médicament…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a drug was stopped: continue {flat} alone or &amp;end treatment...</source>
        <translation>Après l&apos;arrêt d&apos;un médicament : poursuivre {flat} seul ou &amp;terminer le traitement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-assign cohort...</source>
        <translation>&amp;Réaffecter la cohorte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient&apos;s lan&amp;guage (calendar)...</source>
        <translation>Lan&amp;gue du patient (calendrier)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dosing sheet of the last dose...</source>
        <translation>&amp;Fiche de préparation de la dernière dose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Blinded checker copy of the last dose...</source>
        <translation>&amp;Copie de double contrôle en aveugle de la dernière dose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visit checklist...</source>
        <translation>&amp;Liste de vérification de la visite…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient &amp;calendar...</source>
        <translation>&amp;Calendrier du patient…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation &amp;worklist...</source>
        <translation>Liste de &amp;préparation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day&apos;s &amp;batch (worklist, dosing sheets and checker copies)...</source>
        <translation>&amp;Lot du jour (liste de préparation, fiches de dose et copies de contrôle)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height/weight</source>
        <translation>Taille/poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labs</source>
        <translation>Biologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administered</source>
        <translation>Administré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Différer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch user...</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change my password...</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users (add, reset password)...</source>
        <translation>&amp;Utilisateurs (ajouter, réinitialiser le mot de passe)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm a password &amp;reset...</source>
        <translation>Confirmer une &amp;réinitialisation de mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site &amp;phone number...</source>
        <translation>&amp;Téléphone du centre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of printed &amp;documents...</source>
        <translation>Langue des &amp;documents imprimés…</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/measurement.py" line="-61"/>
        <source>Record height and weight - {code}</source>
        <translation>Saisir taille et poids - {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cm, e.g. 170</source>
        <translation>cm, p. ex. 170</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kg, e.g. 70.5</source>
        <translation>kg, p. ex. 70,5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Height (cm):</source>
        <translation>&amp;Taille (cm) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight (kg):</source>
        <translation>&amp;Poids (kg) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured on:</source>
        <translation>&amp;Mesuré le :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric only: height in cm, weight in kg (actual body weight).</source>
        <translation>Unités métriques uniquement : taille en cm, poids en kg (poids réel).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tick each warning after checking it, then press OK again.</source>
        <translation>Cochez chaque alerte après l&apos;avoir vérifiée, puis appuyez de nouveau sur OK.</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <location filename="../../clinic_app/gui/measurement_model.py" line="+31"/>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BSA</source>
        <translation>Surface corporelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
</context>
<context>
    <name>OneTimeCodeDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/users.py" line="-76"/>
        <source>One-time code for {username}</source>
        <translation>Code à usage unique pour {username}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIRST HALF of the one-time code for {full_name} ({username}):</source>
        <translation>PREMIÈRE MOITIÉ du code à usage unique pour {full_name} ({username}) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECOND HALF of the one-time code for {full_name} ({username}):</source>
        <translation>SECONDE MOITIÉ du code à usage unique pour {full_name} ({username}) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code for {full_name} ({username}):</source>
        <translation>Code à usage unique pour {full_name} ({username}) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give this half to the person only. Nothing changes until an investigator (not the person) confirms the reset: they are shown the second half, and the person types both halves to choose a new password. Valid for 24 hours; shown only now and stored nowhere.</source>
        <translation>Donnez cette moitié à la personne seulement. Rien ne change tant qu&apos;un investigateur (autre que la personne) n&apos;a pas confirmé la réinitialisation : la seconde moitié lui est montrée, et la personne saisit les deux moitiés pour choisir un nouveau mot de passe. Valable 24 heures ; affiché seulement maintenant et conservé nulle part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this half to the person only. The reset is done: their old password and open sessions have ended. They type the administrator&apos;s half first, then this one, and choose a new password. Valid for 24 hours; shown only now and stored nowhere.</source>
        <translation>Remettez cette moitié à la personne seule. La réinitialisation est faite : son ancien mot de passe et ses sessions ouvertes ont pris fin. Elle saisit d&apos;abord la moitié de l&apos;administrateur, puis celle-ci, et choisit un nouveau mot de passe. Valable 24 heures ; affichée seulement maintenant et conservée nulle part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this code to the person; they choose their own password at first sign-in. The code is valid for 24 hours. It is shown only now and is not stored anywhere: if it is lost, reset the password again.</source>
        <translation>Donnez ce code à la personne ; elle choisit son propre mot de passe à sa première connexion. Le code est valable 24 heures. Il n&apos;est affiché que maintenant et n&apos;est conservé nulle part : s&apos;il est perdu, réinitialisez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have given the code</source>
        <translation>J&apos;ai remis le code</translation>
    </message>
</context>
<context>
    <name>OpenCohortDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/decisions.py" line="+86"/>
        <source>Cohort {cohort} safety satisfactory</source>
        <translation>Tolérance de la cohorte {cohort} satisfaisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort {cohort} safety satisfactory (opens the next cohort when the gate is met)</source>
        <translation>Tolérance de la cohorte {cohort} satisfaisante (ouvre la cohorte suivante quand les conditions sont remplies)</translation>
    </message>
</context>
<context>
    <name>OtherItemsModel</name>
    <message>
        <location filename="../../clinic_app/gui/calendar_model.py" line="+49"/>
        <source>Item</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why this date</source>
        <translation>Pourquoi cette date</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../clinic_app/printing/blocks.py" line="+37"/>
        <source>{code} · DOB {dob} · {initials}</source>
        <translation>{code} · né(e) le {dob} · {initials}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject code</source>
        <translation>Code patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{code} (initials {initials})</source>
        <translation>{code} (initiales {initials})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hospital number</source>
        <translation>IPP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>COHORT</source>
        <translation>COHORTE</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printed name: {name} · Role: {role}</source>
        <translation>Nom : {name} · Rôle : {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date/time: {when} · Signature: signed electronically</source>
        <translation>Date/heure : {when} · Signature : signée électroniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date/time: {when} · Signature: {blank}</source>
        <translation>Date/heure : {when} · Signature : {blank}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clinic_app/printing/checklist.py" line="+201"/>
        <location filename="../../clinic_app/printing/dose_text.py" line="+96"/>
        <source>{route} over %n minute(s)</source>
        <translation>
            <numerusform>{route} en %n minute</numerusform>
            <numerusform>{route} en %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/dose_text.py" line="-63"/>
        <source>flat dose - not BSA-based</source>
        <translation>dose fixe - non calculée sur la surface corporelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>level {level}: {per_m2}</source>
        <translation>niveau {level} : {per_m2}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/cli/dose.py" line="-48"/>
        <location filename="../../clinic_app/printing/dose_text.py" line="+12"/>
        <location filename="../../clinic_app/printing/worklist.py" line="+163"/>
        <source> (multi-dose)</source>
        <translation> (multidose)</translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/dose_text.py" line="+7"/>
        <source>{vials}; opened {opened}, left over {left}</source>
        <translation>{vials} ; ouvert {opened}, reste {left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NO BAG GIVES A FINAL CONCENTRATION IN RANGE - pharmacist to decide</source>
        <translation>AUCUNE POCHE NE DONNE UNE CONCENTRATION FINALE DANS L&apos;INTERVALLE - décision du pharmacien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accepted {low} to {high}</source>
        <translation>acceptée de {low} à {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none in range ({accepted})</source>
        <translation>aucune dans l&apos;intervalle ({accepted})</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>prepared at ____________ + %n hour(s) = ____________ ({note})</source>
        <translation>
            <numerusform>préparée à ____________ + %n heure = ____________ ({note})</numerusform>
            <numerusform>préparée à ____________ + %n heures = ____________ ({note})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{expires} (prepared {prepared} + %n hour(s); {note})</source>
        <translation>
            <numerusform>{expires} (préparée le {prepared} + %n heure ; {note})</numerusform>
            <numerusform>{expires} (préparée le {prepared} + %n heures ; {note})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GIVE</source>
        <translation>ADMINISTRER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OMIT</source>
        <translation>OMETTRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVESTIGATOR DECISION REQUIRED</source>
        <translation>DÉCISION DE L&apos;INVESTIGATEUR REQUISE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; decided by {who}, {when}</source>
        <translation> ; décidé par {who}, {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}: {what}. Basis: {basis}{decided}</source>
        <translation>{status} : {what}. Fondement : {basis}{decided}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/page.py" line="+34"/>
        <source>Clinic Dosing Assistant</source>
        <translation>Assistant de calcul de doses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO DATA - FICTIONAL PATIENTS</source>
        <translation>DONNÉES DE DÉMONSTRATION - PATIENTS FICTIFS</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>printed {when} by {who}</source>
        <translation>imprimé le {when} par {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet {serial}</source>
        <translation>feuille {serial}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/batch.py" line="+31"/>
        <source>Pharmacy day {date}</source>
        <translation>Journée de pharmacie {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>worklist and %n dosing sheet(s)</source>
        <translation>
            <numerusform>liste de préparation et %n fiche de dose</numerusform>
            <numerusform>liste de préparation et %n fiches de dose</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/base.py" line="+147"/>
        <location line="+29"/>
        <source>(no name recorded)</source>
        <translation>(aucun nom enregistré)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>born {dob} · {code} · hospital number {number}</source>
        <translation>né(e) le {dob} · {code} · IPP {number}</translation>
    </message>
</context>
<context>
    <name>PatientCalendar</name>
    <message>
        <location filename="../../clinic_app/printing/patient_calendar.py" line="+33"/>
        <source>a drip into a vein (IV)</source>
        <translation>une perfusion dans une veine (IV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an injection under the skin (subcutaneously)</source>
        <translation>une injection sous la peau (par voie sous-cutanée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by mouth (orally)</source>
        <translation>par la bouche (par voie orale)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>; {drug} before it only if your doctor decides so</source>
        <translation> ; {drug} avant, seulement si votre médecin le décide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; {drug} ({route}) before it</source>
        <translation> ; {drug} ({route}) avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> - not done yet: the clinic will give you a new date</source>
        <translation> - pas encore fait : le service vous donnera une nouvelle date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - postponed: this is the new date</source>
        <translation> - reporté : voici la nouvelle date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - your doctor will confirm</source>
        <translation> - votre médecin confirmera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - the clinic is normally closed that day: please check with us</source>
        <translation> - le service est normalement fermé ce jour-là : merci de vérifier avec nous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screening visit</source>
        <translation>Visite de sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{visit}: {procedures}</source>
        <translation>{visit} : {procedures}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>, about %n minute(s)</source>
        <translation>
            <numerusform>, environ %n minute</numerusform>
            <numerusform>, environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug}: {how}{length}{extra} (cycle {cycle}, day {day})</source>
        <translation>{drug} : {how}{length}{extra} (cycle {cycle}, jour {day})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{who} · born {dob} · study number {code}</source>
        <translation>{who} · né(e) le {dob} · numéro d&apos;étude {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produced on {date}. Dates can change if a treatment is postponed: the clinic will tell you. Please bring this calendar to every visit.</source>
        <translation>Établi le {date}. Les dates peuvent changer si un traitement est reporté : le service vous préviendra. Merci d&apos;apporter ce calendrier à chaque visite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions or feeling unwell: {clinic}</source>
        <translation>Questions ou malaise : {clinic}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: {phone}</source>
        <translation>Téléphone : {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your visits</source>
        <translation>Vos rendez-vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No further visits are planned.</source>
        <translation>Aucun autre rendez-vous n&apos;est prévu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My treatment calendar</source>
        <translation>Mon calendrier de traitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar {code} {date}</source>
        <translation>calendrier {code} {date}</translation>
    </message>
</context>
<context>
    <name>PatientLanguageDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/enrol.py" line="+23"/>
        <source>Patient&apos;s language - {code}</source>
        <translation>Langue du patient - {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for a change:</source>
        <translation>&amp;Motif d&apos;un changement :</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <location filename="../../clinic_app/gui/patient_view.py" line="+60"/>
        <location line="+84"/>
        <source>No patient open. Double-click a row in Today.</source>
        <translation>Aucun patient ouvert. Double-cliquez sur une ligne dans Aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Record an adverse &amp;event... (Ctrl+E)</source>
        <translation>Enregistrer un &amp;événement indésirable… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height and weight</source>
        <translation>&amp;Taille et poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;ministrations</source>
        <translation>Ad&amp;ministrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse e&amp;vents</source>
        <translation>Événements indésira&amp;bles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit &amp;history</source>
        <translation>&amp;Historique d&apos;audit</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(no name recorded)</source>
        <translation>(aucun nom enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} - born {dob} - {name}</source>
        <translation>{code} - né(e) le {dob} - {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hospital number {number} · Initials {initials} · COHORT {cohort} ({flat}) · Protocol {protocol} version {version}</source>
        <translation>IPP {number} · Initiales {initials} · COHORTE {cohort} ({flat}) · Protocole {protocol} version {version}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../clinic_app/gui/pdf_preview.py" line="+38"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF file</source>
        <translation>fichier PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be printed: {error}</source>
        <translation>Le document n&apos;a pas pu être imprimé : {error}</translation>
    </message>
</context>
<context>
    <name>PendingResetsModel</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/password_reset.py" line="-81"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked at</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <location filename="../../clinic_app/wording/protocol_text.py" line="+17"/>
        <source>non-PVC container</source>
        <translation>contenant sans PVC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polyethylene-lined administration set</source>
        <translation>tubulure doublée de polyéthylène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.22 micron in-line filter</source>
        <translation>filtre en ligne de 0,22 micron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable 27 hours at room temperature after dilution</source>
        <translation>stable 27 heures à température ambiante après dilution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.9 % sodium chloride</source>
        <translation>chlorure de sodium à 0,9 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 % dextrose</source>
        <translation>glucose à 5 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before each paclitaxel infusion</source>
        <translation>avant chaque perfusion de paclitaxel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dexamethasone</source>
        <translation>dexaméthasone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nab-paclitaxel (albumin-bound): a different drug, never substitute</source>
        <translation>nab-paclitaxel (lié à l&apos;albumine) : un autre médicament, ne jamais substituer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume: per pharmacy manual</source>
        <translation>volume : selon le manuel de la pharmacie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week 13 assessment (complete examination)</source>
        <translation>Bilan de la semaine 13 (examen complet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week 25 post-study visit</source>
        <translation>Visite de fin d&apos;étude de la semaine 25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete examination</source>
        <translation>examen complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety labs</source>
        <translation>bilan biologique de tolérance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PD blood</source>
        <translation>prélèvement PD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CT scan</source>
        <translation>scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion related reaction</source>
        <translation>Réaction liée à la perfusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anaphylaxis</source>
        <translation>Anaphylaxie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic reaction</source>
        <translation>Réaction allergique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peripheral sensory neuropathy</source>
        <translation>Neuropathie sensitive périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peripheral motor neuropathy</source>
        <translation>Neuropathie motrice périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrophil count decreased</source>
        <translation>Diminution du nombre de neutrophiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Febrile neutropenia</source>
        <translation>Neutropénie fébrile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet count decreased</source>
        <translation>Diminution du nombre de plaquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anemia</source>
        <translation>Anémie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nausea</source>
        <translation>Nausées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarrhea</source>
        <translation>Diarrhée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alopecia</source>
        <translation>Alopécie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arthralgia</source>
        <translation>Arthralgie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myalgia</source>
        <translation>Myalgie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mucositis oral</source>
        <translation>Mucite orale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection site reaction</source>
        <translation>Réaction au site d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (free term)</source>
        <translation>Autre (terme libre)</translation>
    </message>
</context>
<context>
    <name>ReassignCohortDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/decisions.py" line="-26"/>
        <source>Re-assign cohort - {code}</source>
        <translation>Réaffecter la cohorte - {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cohort {letter}</source>
        <translation>Cohorte {letter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;cohort:</source>
        <translation>Nouvelle &amp;cohorte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now in cohort {current}</source>
        <translation>Actuellement dans la cohorte {current}</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <location filename="../../clinic_app/wording/rules.py" line="+19"/>
        <source>C1D1 planned on {planned_date}</source>
        <translation>C1D1 prévu le {planned_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchored on {basis} {anchor} {anchor_date} + {offset_days} days</source>
        <translation>calée sur {anchor}, date {basis} {anchor_date}, + {offset_days} j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for {anchor} ({basis} {anchor_date}) to be given; then + {offset_days} days</source>
        <translation>attend l&apos;administration de {anchor} (date {basis} {anchor_date}) ; puis + {offset_days} j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given on {on} (planned {planned_date})</source>
        <translation>administrée le {on} (prévue le {planned_date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed on {on} (planned {planned_date})</source>
        <translation>réalisée le {on} (prévue le {planned_date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held on {held_on}: postponed, not omitted; later doses wait for it (projected from {projected_date})</source>
        <translation>différée le {held_on} : reportée, non omise ; les doses suivantes l&apos;attendent (projetée à partir du {projected_date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>omitted on {omitted_on}; the cycle runs from its planned D1</source>
        <translation>omise le {omitted_on} ; le cycle court depuis son D1 prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held on {held_on}: omitted, not made up (missed dose policy {policy})</source>
        <translation>différée le {held_on} : omise, non rattrapée (règle des doses manquées : {policy})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held on {held_on}: not made up, {later_dose} was given on {later_on}</source>
        <translation>différée le {held_on} : non rattrapée, {later_dose} a été administrée le {later_on}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held on {held_on}: shifted {shift_days} days (missed dose policy shift)</source>
        <translation>différée le {held_on} : décalée de {shift_days} j (règle des doses manquées : décalage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded {status} on {on}: not made up</source>
        <translation>enregistrée {status} le {on} : non rattrapée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired {anchor} was not given: investigator decision required (give or skip)</source>
        <translation>{anchor} associé non administré : décision de l&apos;investigateur requise (administrer ou sauter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paired {anchor} was not given: investigator decided give on the planned day</source>
        <translation>{anchor} associé non administré : l&apos;investigateur a décidé d&apos;administrer le jour prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paired {anchor} was not given: investigator decided skip</source>
        <translation>{anchor} associé non administré : l&apos;investigateur a décidé de sauter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the investigator&apos;s decision &quot;{choice}&quot; is neither give nor skip: decision required</source>
        <translation>la décision de l&apos;investigateur « {choice} » n&apos;est ni administrer ni sauter : décision requise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>premedication before every infusion of cycle(s) {cycles}</source>
        <translation>prémédication avant chaque perfusion (cycles : {cycles})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omitted: all {infusions} infusions of cycle(s) {cycles} recorded well tolerated</source>
        <translation>omise : les {infusions} perfusions (cycles : {cycles}) enregistrées bien tolérées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>depends on the tolerance of the cycle {cycles} infusions (not all recorded yet)</source>
        <translation>dépend de la tolérance des perfusions du cycle {cycles} (pas encore toutes enregistrées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{infusion}: {finding}: investigator decision required (continue or omit)</source>
        <translation>{infusion} : {finding} : décision de l&apos;investigateur requise (poursuivre ou omettre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>investigator decided to continue premedication</source>
        <translation>l&apos;investigateur a décidé de poursuivre la prémédication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investigator decided to omit premedication</source>
        <translation>l&apos;investigateur a décidé d&apos;omettre la prémédication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given with the infusion recorded on {on} (no separate record)</source>
        <translation>administrée avec la perfusion enregistrée le {on} (pas d&apos;enregistrement séparé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no infusion on this slot ({infusion_status}): no premedication</source>
        <translation>pas de perfusion à cette étape ({infusion_status}) : pas de prémédication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{basis} {anchor} {anchor_date} + {offset_days} days (nominal day {nominal_study_day}, {nominal_date})</source>
        <translation>{anchor}, date {basis} {anchor_date}, + {offset_days} j (jour théorique {nominal_study_day}, {nominal_date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>study days {first_day} to {last_day} before C1D1</source>
        <translation>jours d&apos;étude {first_day} à {last_day} avant C1D1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed: its window closed on {window_end} with nothing recorded; record what happened</source>
        <translation>manquée : sa fenêtre s&apos;est fermée le {window_end} sans aucun enregistrement ; enregistrer ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held on {held_on}: the cycle is postponed to {planned_date} (planned {nominal_date})</source>
        <translation>différée le {held_on} : le cycle est reporté au {planned_date} (prévu le {nominal_date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discontinued since {on} ({reason})</source>
        <translation>arrêt définitif depuis le {on} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treatment ended on {on}</source>
        <translation>traitement terminé le {on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired {anchor} discontinued: investigator decided to continue alone</source>
        <translation>{anchor} associé arrêté définitivement : l&apos;investigateur a décidé de poursuivre seul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paired {anchor} discontinued: investigator decision required (continue alone or end treatment)</source>
        <translation>{anchor} associé arrêté définitivement : décision de l&apos;investigateur requise (poursuivre seul ou terminer le traitement)</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../clinic_app/gui/file_output.py" line="+53"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/signature.py" line="+24"/>
        <source>Sign: {meaning}</source>
        <translation>Signer : {meaning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning of this signature: {meaning}</source>
        <translation>Sens de cette signature : {meaning}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by {name} ({role})</source>
        <translation>Signé par {name} ({role})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-enter your &amp;password:</source>
        <translation>Saisissez à nouveau votre &amp;mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>SlotWords</name>
    <message>
        <location filename="../../clinic_app/wording/slot.py" line="+28"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Prévue aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision required</source>
        <translation>Décision requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discontinued</source>
        <translation>Arrêt définitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment ended</source>
        <translation>Traitement terminé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed: record what happened</source>
        <translation>manquée : enregistrer ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>given</source>
        <translation>administrée</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+97"/>
        <source>omitted</source>
        <translation>omise</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>decision required</source>
        <translation>décision requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discontinued</source>
        <translation>arrêt définitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treatment ended</source>
        <translation>traitement terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOLD</source>
        <translation>DIFFÉRER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too old</source>
        <translation>trop ancienne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not calculated</source>
        <translation>non calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated</source>
        <translation>calculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>no pharmacy step</source>
        <translation>sans étape pharmacie</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>{progress}, expires {when}</source>
        <translation>{progress}, expire le {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{progress}, EXPIRED {when}</source>
        <translation>{progress}, EXPIRÉE le {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured today</source>
        <translation>mesuré aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d old</source>
        <translation>il y a {days} j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d old, too old</source>
        <translation>il y a {days} j, trop ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dose} (provisional)</source>
        <translation>{dose} (provisoire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs height and weight</source>
        <translation>taille et poids nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs a new weight</source>
        <translation>nouveau poids nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose level to decide</source>
        <translation>niveau de dose à décider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: {reason}</source>
        <translation>Non : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: {reason} (+{more} more)</source>
        <translation>Non : {reason} (+{more} autre(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: {decision}</source>
        <translation>Décision : {decision}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: {reason} (+{more})</source>
        <translation>Non : {reason} (+{more})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>dose level</source>
        <translation>niveau de dose</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>give or skip {drug}</source>
        <translation>administrer ou sauter {drug}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug}: continue or omit</source>
        <translation>{drug} : poursuivre ou omettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight change: recalculate or keep</source>
        <translation>variation de poids : recalculer ou garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop {drug}</source>
        <translation>arrêter {drug}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue {drug} alone or end treatment</source>
        <translation>poursuivre {drug} seul ou terminer le traitement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give {drug}?</source>
        <translation>administrer {drug} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continue {drug}?</source>
        <translation>poursuivre {drug} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recalculate?</source>
        <translation>recalculer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop {drug}?</source>
        <translation>arrêter {drug} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} alone or end?</source>
        <translation>{drug} seul ou arrêt ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} (investigator)</source>
        <translation>{kind} (investigateur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigator decision required: {kind}{proposed}, because {because}.</source>
        <translation>Décision de l&apos;investigateur requise : {kind}{proposed}, car {because}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, proposed {proposed}</source>
        <translation>, proposé {proposed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, proposed: stop (no lower level is left)</source>
        <translation>, proposé : arrêt (aucun niveau inférieur ne reste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>severe neutropenia (ANC below {threshold} from {first_drawn_on} to {drawn_on})</source>
        <translation>neutropénie sévère (PNN sous {threshold} du {first_drawn_on} au {drawn_on})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severe neuropathy ({term} grade {grade}, onset {on})</source>
        <translation>neuropathie sévère ({term} grade {grade}, survenue le {on})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe hypersensitivity ({term} grade {grade}, onset {on})</source>
        <translation>hypersensibilité sévère ({term} grade {grade}, survenue le {on})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{anchor} was not given</source>
        <translation>{anchor} n&apos;a pas été administré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{anchor} is discontinued</source>
        <translation>{anchor} est arrêté définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{infusion}: {finding}</source>
        <translation>{infusion} : {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tolerance of the cycle {cycles} infusions is not all recorded</source>
        <translation>la tolérance des perfusions du cycle {cycles} n&apos;est pas entièrement enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recorded decision &quot;{choice}&quot; is neither give nor skip</source>
        <translation>la décision enregistrée « {choice} » n&apos;est ni administrer ni sauter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in the calendar</source>
        <translation>absente du calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off treatment</source>
        <translation>hors traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to calculate</source>
        <translation>rien à calculer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already given</source>
        <translation>déjà administrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not apply</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discontinued since {on} ({reason})</source>
        <translation>arrêt définitif depuis le {on} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>treatment ended {on}</source>
        <translation>traitement terminé le {on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold the infusion itself</source>
        <translation>différer la perfusion elle-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not before {window_start}</source>
        <translation>pas avant le {window_start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed, record what happened</source>
        <translation>manquée, enregistrer ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the real date is needed</source>
        <translation>la date réelle est nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside its window</source>
        <translation>hors de sa fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for the dose before it</source>
        <translation>attend la dose précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} already given {on}</source>
        <translation>{drug} déjà administré le {on}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only {days} d since {given_slot}</source>
        <translation>seulement {days} j depuis {given_slot}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no height and weight</source>
        <translation>ni taille ni poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight {age_days} d old</source>
        <translation>poids datant de {age_days} j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verified dose</source>
        <translation>aucune dose vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such dose record</source>
        <translation>enregistrement de dose inexistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose record of another slot</source>
        <translation>enregistrement de dose d&apos;une autre étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose record void</source>
        <translation>enregistrement de dose annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose record replaced</source>
        <translation>enregistrement de dose remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pharmacy step is unsigned</source>
        <translation>une étape pharmacie n&apos;est pas signée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already prepared</source>
        <translation>déjà préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not prepared yet</source>
        <translation>pas encore préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already verified</source>
        <translation>déjà vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared by {prepared_by}: another pharmacist verifies</source>
        <translation>préparée par {prepared_by} : un autre pharmacien vérifie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol changed: calculate again</source>
        <translation>protocole modifié : recalculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level changed: calculate again</source>
        <translation>niveau modifié : recalculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort changed: calculate again</source>
        <translation>cohorte modifiée : recalculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight changed: calculate again</source>
        <translation>poids modifié : recalculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculation does not reproduce</source>
        <translation>le calcul ne se reproduit pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparation expired</source>
        <translation>préparation expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified after that day</source>
        <translation>vérifiée après ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labs say HOLD</source>
        <translation>biologie : DIFFÉRER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no labs yet</source>
        <translation>pas encore de biologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labs too old</source>
        <translation>biologie trop ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labs pending</source>
        <translation>biologie en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drug} not recorded yet</source>
        <translation>{drug} : pas encore enregistrée</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../clinic_app/gui/task_progress.py" line="+15"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping after the current step...</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../clinic_app/gui/today_view.py" line="+70"/>
        <source>Search subject code or name (Ctrl+F)</source>
        <translation>Rechercher un code patient ou un nom (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Overdue, missed, decisions</source>
        <translation>En &amp;retard, manquées, décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;All</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Updating the list...</source>
        <translation>Mise à jour de la liste…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>List for {day}</source>
        <translation>Liste du {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {items} for {patients}; {shown} shown.</source>
        <translation>{day} : {items} pour {patients} ; {shown} affichées.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Highlight a row to read what the program says of it in full.</source>
        <translation>Sélectionnez une ligne pour lire en entier ce qu&apos;en dit le programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} · {name} · {item} · planned {date} (window {start} to {end})</source>
        <translation>{code} · {name} · {item} · prévue le {date} (fenêtre du {start} au {end})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why: {rule}</source>
        <translation>Pourquoi : {rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The program sees nothing that stops this dose today.</source>
        <translation>Le programme ne voit rien qui empêche cette dose aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>ToleranceChoice</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/tolerance_choice.py" line="+12"/>
        <location line="+14"/>
        <source>- choose -</source>
        <translation>- choisir -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {n}</source>
        <translation>Grade {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the grade of the reaction (CTCAE).</source>
        <translation>Choisissez le grade de la réaction (CTCAE).</translation>
    </message>
</context>
<context>
    <name>ToxicitiesModel</name>
    <message>
        <location filename="../../clinic_app/gui/record_models.py" line="+55"/>
        <source>Term (CTCAE)</source>
        <translation>Terme (CTCAE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset</source>
        <translation>Survenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributed to</source>
        <translation>Imputé à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How recorded</source>
        <translation>Mode de saisie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other: {text}</source>
        <translation>Autre : {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{grade} (severe)</source>
        <translation>{grade} (sévère)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not attributed</source>
        <translation>non imputé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with an infusion (its tolerance)</source>
        <translation>avec une perfusion (sa tolérance)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as an adverse event</source>
        <translation>comme événement indésirable</translation>
    </message>
</context>
<context>
    <name>ToxicityDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/toxicity.py" line="+34"/>
        <source>Adverse event - {code}</source>
        <translation>Événement indésirable - {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse event (CTCAE v{version})</source>
        <translation>Événement indésirable (CTCAE v{version})</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>- choose -</source>
        <translation>- choisir -</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the CTCAE term, when it is not in the list</source>
        <translation>le terme CTCAE, s&apos;il n&apos;est pas dans la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade {n}: {words}</source>
        <translation>Grade {n} : {words}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not attributed to a drug</source>
        <translation>Non imputé à un médicament</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grade {grade} or more is severe: a severe hypersensitivity to {bsa} stops it for good, a severe neuropathy asks the investigator for a lower dose level.</source>
        <translation>Un grade {grade} ou plus est sévère : une hypersensibilité sévère au {bsa} l&apos;arrête définitivement, une neuropathie sévère demande à l&apos;investigateur un niveau de dose inférieur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Term:</source>
        <translation>&amp;Terme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term if &amp;other:</source>
        <translation>Terme si &amp;autre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Onset:</source>
        <translation>&amp;Survenue le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributed to &amp;drug:</source>
        <translation>Imputé au &amp;médicament :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the adverse event</source>
        <translation>Enregistrer l&apos;événement indésirable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mild</source>
        <translation>léger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>life-threatening</source>
        <translation>menace le pronostic vital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>death related to the event</source>
        <translation>décès lié à l&apos;événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drug</source>
        <translation>médicament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the {fields}.</source>
        <translation>Précisez : {fields}.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/users.py" line="+72"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add user...</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request a password reset...</source>
        <translation>&amp;Demander une réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+23"/>
        <source>Select a user first.</source>
        <translation>Sélectionnez d&apos;abord un utilisateur.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Request a password reset</source>
        <translation>Demander une réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a new password for {full_name} ({username})? An investigator must confirm it; their current password works until then.</source>
        <translation>Demander un nouveau mot de passe pour {full_name} ({username}) ? Un investigateur doit le confirmer ; le mot de passe actuel reste valable d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the account of {full_name} ({username}) deactivated?</source>
        <translation>Pourquoi le compte de {full_name} ({username}) est-il désactivé ?</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location line="-225"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password reset</source>
        <translation>Réinitialisation du mot de passe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-time code given, not yet used</source>
        <translation>code à usage unique remis, pas encore utilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>own</source>
        <translation>personnel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requested by {who} {when}: waits for an investigator</source>
        <translation>demandée par {who} le {when} : attend un investigateur</translation>
    </message>
</context>
<context>
    <name>VisitChecklist</name>
    <message>
        <location filename="../../clinic_app/printing/checklist.py" line="-154"/>
        <source>{box} well tolerated  {box} mild reaction (grade 1-2)  {box} severe hypersensitivity (grade 3-4): stop, do not rechallenge (tick one; never assumed)</source>
        <translation>{box} bien tolérée  {box} réaction légère (grade 1-2)  {box} hypersensibilité sévère (grade 3-4) : arrêt, ne pas réintroduire (cocher une case ; jamais présumée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{box} abdomen  {box} thigh  {box} upper arm; left / right</source>
        <translation>{box} abdomen  {box} cuisse  {box} bras ; gauche / droite</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>initials {initials}</source>
        <translation>initiales {initials}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask full name and date of birth; match wristband and this sheet: {who}, born {dob}, subject {code}</source>
        <translation>Demander nom complet et date de naissance ; comparer au bracelet et à cette feuille : {who}, né(e) le {dob}, patient {code}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Weight {blank} kg (measured today, or within %n day(s) before the dose)</source>
        <translation>
            <numerusform>Poids {blank} kg (mesuré aujourd&apos;hui, ou au plus %n jour avant la dose)</numerusform>
            <numerusform>Poids {blank} kg (mesuré aujourd&apos;hui, ou au plus %n jours avant la dose)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change of {change} % or more against {weight} kg (used for the previous dose, measured {on}) needs a signed decision: recalculate or keep. Tell the pharmacy before preparing.</source>
        <translation>Une variation de {change} % ou plus par rapport à {weight} kg (utilisé pour la dose précédente, mesuré le {on}) demande une décision signée : recalculer ou garder. Prévenir la pharmacie avant la préparation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A change of {change} % or more against the weight used for the previous dose needs a signed decision: recalculate or keep.</source>
        <translation>Une variation de {change} % ou plus par rapport au poids utilisé pour la dose précédente demande une décision signée : recalculer ou garder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vital signs</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BP {blank} / {blank} mmHg · pulse {blank} /min · temperature {blank} °C · SpO₂ {blank} %</source>
        <translation>PA {blank} / {blank} mmHg · pouls {blank} /min · température {blank} °C · SpO₂ {blank} %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-treatment labs</source>
        <translation>Biologie avant traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANC {blank} × 10⁹/L: give only if ≥ {minimum} × 10⁹/L</source>
        <translation>PNN {blank} × 10⁹/L : administrer seulement si ≥ {minimum} × 10⁹/L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelets {blank} × 10⁹/L: give only if ≥ {minimum} × 10⁹/L</source>
        <translation>Plaquettes {blank} × 10⁹/L : administrer seulement si ≥ {minimum} × 10⁹/L</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Drawn on {blank} (within %n day(s) before the dose). Otherwise HOLD and call the investigator.</source>
        <translation>
            <numerusform>Prélevé le {blank} (au plus %n jour avant la dose). Sinon DIFFÉRER et appeler l&apos;investigateur.</numerusform>
            <numerusform>Prélevé le {blank} (au plus %n jours avant la dose). Sinon DIFFÉRER et appeler l&apos;investigateur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> OVERDUE (window {start} to {end}).</source>
        <translation> EN RETARD (fenêtre du {start} au {end}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> INVESTIGATOR DECISION REQUIRED before it is given: {why}.</source>
        <translation> DÉCISION DE L&apos;INVESTIGATEUR REQUISE avant administration : {why}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> INVESTIGATOR DECISION REQUIRED before it is given.</source>
        <translation> DÉCISION DE L&apos;INVESTIGATEUR REQUISE avant administration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MISSED: its window closed on {end}. Do not give. Record what happened: a late entry on the real date it was given, or a hold / omission.</source>
        <translation>MANQUÉE : sa fenêtre s&apos;est fermée le {end}. Ne pas administrer. Enregistrer ce qui s&apos;est passé : une saisie tardive à la date réelle d&apos;administration, ou un report / une omission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISCONTINUED: do not give ({rule}).</source>
        <translation>ARRÊTÉ DÉFINITIVEMENT : ne pas administrer ({rule}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TREATMENT ENDED: do not give ({rule}).</source>
        <translation>TRAITEMENT TERMINÉ : ne pas administrer ({rule}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({slot}): not to give</source>
        <translation>{name} ({slot}) : à ne pas administrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screening visit per protocol.</source>
        <translation>Visite de sélection selon le protocole.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drawn at {blank}, before any dosing today. </source>
        <translation>Prélevé à {blank}, avant toute administration aujourd&apos;hui. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done / booked for {blank}. </source>
        <translation>Fait / prévu le {blank}. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the {visit}.</source>
        <translation>Fait partie de : {visit}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Premedication</source>
        <translation>Prémédication</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> PROVISIONAL (not yet verified: the verified pharmacy label is the dose)</source>
        <translation> PROVISOIRE (pas encore vérifiée : la dose est celle de l&apos;étiquette vérifiée de la pharmacie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} (dose: the investigator decides the dose level first)</source>
        <translation>{drug} (dose : l&apos;investigateur décide d&apos;abord le niveau de dose)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} (dose: needs today&apos;s weight)</source>
        <translation>{drug} (dose : nécessite le poids du jour)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{drug} infusion ({slot})</source>
        <translation>Perfusion de {drug} ({slot})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {route}; give only the verified dose on the pharmacy label.</source>
        <translation>{what} {route} ; administrer uniquement la dose vérifiée de l&apos;étiquette de la pharmacie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start {blank} · stop {blank}</source>
        <translation>Début {blank} · fin {blank}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance: {choices}</source>
        <translation>Tolérance : {choices}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give as on the pharmacy label; {volume}.</source>
        <translation>Administrer selon l&apos;étiquette de la pharmacie ; {volume}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: {sites} · time {blank}</source>
        <translation>Site : {sites} · heure {blank}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drug} injection ({slot})</source>
        <translation>Injection de {drug} ({slot})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{box} none new  {box} yes: record each one (CTCAE v{version} term, grade, onset date)</source>
        <translation>{box} aucun nouveau  {box} oui : enregistrer chacun (terme CTCAE v{version}, grade, date de début)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded: {name}, grade {grade}, onset {onset}</source>
        <translation>Enregistré : {name}, grade {grade}, début le {onset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{date} · study day {day} · study week {week}</source>
        <translation>{date} · jour d&apos;étude {day} · semaine d&apos;étude {week}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visit day</source>
        <translation>Jour de visite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do / record</source>
        <translation>À faire / à enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps in order</source>
        <translation>Étapes dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chair-side visit checklist</source>
        <translation>Liste de vérification au fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visit {code} {date}</source>
        <translation>visite {code} {date}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/visit.py" line="+23"/>
        <source>Visit done - {code}</source>
        <translation>Visite réalisée - {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{visit} (planned {planned})</source>
        <translation>{visit} (prévue le {planned})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done on:</source>
        <translation>Réalisée le :</translation>
    </message>
</context>
<context>
    <name>WarningText</name>
    <message>
        <location filename="../../clinic_app/wording/warnings.py" line="+14"/>
        <source>BMI {bmi} kg/m² is outside {minimum} to {maximum} kg/m²</source>
        <translation>IMC {bmi} kg/m² hors de l&apos;intervalle {minimum} à {maximum} kg/m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSA {bsa_m2} m² is outside {minimum} to {maximum} m²</source>
        <translation>surface corporelle {bsa_m2} m² hors de l&apos;intervalle {minimum} à {maximum} m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height {height_cm} cm and weight {weight_kg} kg look swapped</source>
        <translation>taille {height_cm} cm et poids {weight_kg} kg semblent inversés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight {weight_kg} kg changed by {change_percent} % since the previous weight {previous_weight_kg} kg (more than {limit_percent} %: a pounds/kg slip?)</source>
        <translation>poids {weight_kg} kg, variation de {change_percent} % depuis le poids précédent {previous_weight_kg} kg (plus de {limit_percent} % : confusion livres/kg ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weight {weight_kg} kg differs by {change_percent} % from the {weight_used_last_dose_kg} kg used for the last dose ({limit_percent} % or more: recalculate or keep)</source>
        <translation>poids {weight_kg} kg, écart de {change_percent} % avec les {weight_used_last_dose_kg} kg utilisés pour la dernière dose ({limit_percent} % ou plus : recalculer ou garder)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weight measured {measured_on}, {age_days} days before the dose (at most {max_age_days} days)</source>
        <translation>poids mesuré le {measured_on}, {age_days} j avant la dose (au plus {max_age_days} j)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no blood counts drawn within {max_age_days} days before the dose</source>
        <translation>aucune numération prélevée dans les {max_age_days} j précédant la dose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANC {value} × 10⁹/L is below {minimum} × 10⁹/L</source>
        <translation>PNN {value} × 10⁹/L sous {minimum} × 10⁹/L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platelets {value} × 10⁹/L are below {minimum} × 10⁹/L</source>
        <translation>plaquettes {value} × 10⁹/L sous {minimum} × 10⁹/L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have checked: {warning}.</source>
        <translation>J&apos;ai vérifié : {warning}.</translation>
    </message>
    <message>
        <location filename="../../clinic_app/gui/measurement_model.py" line="+16"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>Week13ProgressModel</name>
    <message>
        <location filename="../../clinic_app/gui/cohort_models.py" line="+32"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week 13 assessment</source>
        <translation>Bilan de la semaine 13</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not yet planned</source>
        <translation>pas encore prévu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done on {date}</source>
        <translation>réalisé le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due now (planned {date})</source>
        <translation>à faire maintenant (prévu le {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue (planned {date})</source>
        <translation>en retard (prévu le {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned {date}</source>
        <translation>prévu le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} (planned {date})</source>
        <translation>{status} (prévu le {date})</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../clinic_app/gui/workflow.py" line="+69"/>
        <source>Select a patient in Today, or open one in the Patient tab, first.</source>
        <translation>Sélectionnez d&apos;abord un patient dans Aujourd&apos;hui, ou ouvrez-en un dans l&apos;onglet Patient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clinic Dosing Assistant</source>
        <translation>Assistant de calcul de doses</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing of this kind is due for {code}.</source>
        <translation>Rien de ce type n&apos;est à faire pour {code}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{code} enrolled in cohort {cohort}.</source>
        <translation>{code} inclus dans la cohorte {cohort}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Height and weight saved for {code}.</source>
        <translation>Taille et poids enregistrés pour {code}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labs saved for {code}.</source>
        <translation>Biologie enregistrée pour {code}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{code} C{cycle}D{day}: dose {status}.</source>
        <translation>{code} C{cycle}D{day} : dose {status}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{drug} C{cycle}D{day} signed as administered for {code}.</source>
        <translation>{drug} C{cycle}D{day} signé comme administré pour {code}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No dose of {code} was missed or is open for a late entry.</source>
        <translation>Aucune dose de {code} n&apos;a été manquée ni n&apos;est ouverte à une saisie tardive.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{drug} C{cycle}D{day} recorded as given (late entry) for {code}.</source>
        <translation>{drug} C{cycle}D{day} enregistré comme administré (saisie tardive) pour {code}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adverse event saved for {code}.</source>
        <translation>Événement indésirable enregistré pour {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adverse event saved for {code}. {changes}</source>
        <translation>Événement indésirable enregistré pour {code}. {changes}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{visit} recorded as done for {code}.</source>
        <translation>{visit} enregistrée comme réalisée pour {code}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{drug} C{cycle}D{day} recorded as not given for {code}.</source>
        <translation>{drug} C{cycle}D{day} enregistré comme non administré pour {code}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No item of {code} waits for a decision; use the Decisions menu.</source>
        <translation>Aucune étape de {code} n&apos;attend de décision ; utilisez le menu Décisions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decision signed for {code}.</source>
        <translation>Décision signée pour {code}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cohort re-assignment signed for {code}.</source>
        <translation>Réaffectation de cohorte signée pour {code}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of {code} saved.</source>
        <translation>Langue de {code} enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cohort {cohort} safety signed as satisfactory.</source>
        <translation>Tolérance de la cohorte {cohort} signée comme satisfaisante.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../clinic_app/wording/worklist_words.py" line="+9"/>
        <source>NOT CALCULATED</source>
        <translation>NON CALCULÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculated, NOT PREPARED</source>
        <translation>calculée, NON PRÉPARÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared, NOT VERIFIED</source>
        <translation>préparée, NON VÉRIFIÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat dose</source>
        <translation>dose fixe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>labs ok</source>
        <translation>biologie conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LABS SAY HOLD</source>
        <translation>BIOLOGIE : DIFFÉRER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labs pending</source>
        <translation>biologie en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labs pending (too old)</source>
        <translation>biologie en attente (trop ancienne)</translation>
    </message>
    <message>
        <location filename="../../clinic_app/printing/worklist.py" line="-67"/>
        <source>DOB {dob}</source>
        <translation>né(e) le {dob}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expires {when}</source>
        <translation>expire le {when}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> PROVISIONAL</source>
        <translation> PROVISOIRE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{dose} - cohort {cohort}</source>
        <translation>{dose} - cohorte {cohort}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NO DOSE YET: {reason}</source>
        <translation>PAS ENCORE DE DOSE : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked</source>
        <translation>contrôlée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drug and dose</source>
        <translation>Médicament et dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume / vials</source>
        <translation>Volume / flacons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bag</source>
        <translation>Poche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{drug}: day total</source>
        <translation>{drug} : total du jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n infusion(s) · {total} in total · {volume} of concentrate to draw · vials to pull (one plan per dose): {vials}</source>
        <translation>
            <numerusform>%n perfusion · {total} au total · {volume} de solution à diluer à prélever · flacons à sortir (un plan par dose) : {vials}</numerusform>
            <numerusform>%n perfusions · {total} au total · {volume} de solution à diluer à prélever · flacons à sortir (un plan par dose) : {vials}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n patient(s): {patients}</source>
        <translation>
            <numerusform>%n patient : {patients}</numerusform>
            <numerusform>%n patients : {patients}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flat doses by cohort (never mix cohorts on one tray)</source>
        <translation>Doses fixes par cohorte (ne jamais mélanger les cohortes sur un plateau)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No doses to prepare on {date}.</source>
        <translation>Aucune dose à préparer le {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doses due on {date}, by patient</source>
        <translation>Doses prévues le {date}, par patient</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparation worklist</source>
        <translation>Liste de préparation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{date} · %n dose(s)</source>
        <translation>
            <numerusform>{date} · %n dose</numerusform>
            <numerusform>{date} · %n doses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worklist {date}</source>
        <translation>liste de préparation {date}</translation>
    </message>
</context>
<context>
    <name>_SignedReasonDialog</name>
    <message>
        <location filename="../../clinic_app/gui/dialogs/decisions.py" line="-164"/>
        <source>Meaning of this signature: Approved - signed by {name} ({role})</source>
        <translation>Sens de cette signature : Approuvé - signé par {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign: Approved</source>
        <translation>Signer : Approuvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your &amp;password:</source>
        <translation>Saisissez à nouveau votre &amp;mot de passe :</translation>
    </message>
</context>
</TS>
